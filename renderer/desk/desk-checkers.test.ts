import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../shared/ipc/views';
import { claimListRow } from '../../shared/ipc/claim-list-row';
import { deskCheckers } from './desk-checkers';

const AT = '2026-01-02T03:04:05.000Z';

function row(extra: Partial<ClaimRow>): ClaimRow {
  return {
    id: 'c1',
    documentId: 'd1',
    start: 0,
    end: 1,
    quote: 'x',
    text: 'x',
    kind: 'quantity',
    score: 0.5,
    status: 'unchecked',
    note: '',
    citations: [],
    history: [],
    origin: 'found',
    updatedAt: AT,
    documentTitle: 'Draft',
    sentence: 'x',
    ...extra,
  };
}

describe('the desk’s checkers', () => {
  it('are every name the list signed, assignees, competing values and sign-offs, plus the current checker, once each', () => {
    const names = deskCheckers(
      ['Ana', ' Ana ', ''],
      [
        row({ assignee: 'Cleo' }),
        row({
          contested: [
            { status: 'verified', by: 'Ana', at: AT },
            { status: 'disputed', by: 'Ben', at: AT },
          ],
          approval: { by: 'Eve', at: AT },
        }),
        row({}),
      ].map((full) => claimListRow(full, full.documentTitle, full.sentence)),
      'Dara',
    );
    expect(names).toEqual(['Ana', 'Ben', 'Cleo', 'Dara', 'Eve']);
  });
});
