import { describe, expect, it } from 'vitest';
import { FOUND_AT, testClaim, testDraft } from '../../test-support/claims/small-draft';
import { claimsPage } from './claims-page';

const by = (name: string) => ({ at: FOUND_AT, by: name, action: 'status' as const });

describe('the first page of the claims list', () => {
  it('names every checker once, trimmed and sorted, however often and however spaced each is written', () => {
    const first = testDraft([
      testClaim('a', { history: [by('Import'), by(' Ana Ruiz '), by('Ana Ruiz')], assignee: 'Ben' }),
      testClaim('b', { history: [by('Ana Ruiz'), by('  ')], approval: { by: 'Cleo ', at: FOUND_AT } }),
    ]);
    const second = testDraft([testClaim('c', { history: [by('Ben'), by(' Ana Ruiz ')] })], { id: 'd2' });
    const page = claimsPage([first, second], 0, 1);
    expect(page.rows.map((row) => row.id)).toEqual(['a']);
    expect(page.checkers).toEqual(['Ana Ruiz', 'Ben', 'Cleo', 'Import']);
    expect(claimsPage([first, second], 1, 5).checkers).toBeUndefined();
  });
});
