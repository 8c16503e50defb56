import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../shared/ipc/views';
import { claimListRow } from '../../shared/ipc/claim-list-row';
import { testClaimRow } from '../../test-support/claims/small-draft';
import { deskCheckers } from './desk-checkers';

const AT = '2026-01-02T03:04:05.000Z';

/** A claim whose history signs no name, so the names come only from what the test gives. */
const row = (over: Partial<ClaimRow>) => testClaimRow('c1', { history: [], ...over });

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
