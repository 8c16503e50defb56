import { describe, expect, it } from 'vitest';
import { FOUND_AT, testClaim, testDraft } from '../../test-support/claims/small-draft';
import { claimsPage } from './claims-page';
import { deskCheckers, signerNames } from './desk-checkers';

const by = (name: string) => ({ at: FOUND_AT, by: name, action: 'status' as const });

describe('the desk’s checkers', () => {
  it('names every checker once, trimmed and sorted, however often and however spaced each is written', async () => {
    const first = testDraft([
      testClaim('a', { history: [by('Import'), by(' Ana Ruiz '), by('Ana Ruiz')], assignee: 'Ben' }),
      testClaim('b', { history: [by('Ana Ruiz'), by('  ')], approval: { by: 'Cleo ', at: FOUND_AT } }),
    ]);
    const second = testDraft([testClaim('c', { history: [by('Ben'), by(' Ana Ruiz ')] })], { id: 'd2' });
    expect(signerNames(first)).toEqual(['Import', ' Ana Ruiz ', 'Ana Ruiz', 'Ben', '  ', 'Cleo ']);
    expect(deskCheckers([first, second].map(signerNames))).toEqual(['Ana Ruiz', 'Ben', 'Cleo', 'Import']);
    // A page is rows only: the names have their own request, off the first rows' path.
    const docs = new Map([first, second].map((doc) => [doc.id, doc]));
    const page = await claimsPage(
      [...docs.keys()],
      (id) => docs.get(id)!.claims.length,
      async (id) => docs.get(id)!,
      0,
      1,
    );
    expect(page.rows.map((row) => row.id)).toEqual(['a']);
    expect(Object.keys(page).sort()).toEqual(['offset', 'rows', 'total']);
  });
});
