import { describe, expect, it } from 'vitest';
import { ClaimSchema, type FactdeskDocument } from '../domain';
import { UserError } from '../errors';
import { foldDocument } from '../desk';
import { applyOperations, type DocumentOperation } from './index';
import { testClaim, testDraft } from '../../test-support/claims/small-draft';
import { loggedCopy } from '../../test-support/desk/logged-copy';

const T0 = '2026-01-02T03:04:05.000Z';
const T1 = '2026-01-02T04:00:00.000Z';

/** Draft d1 with two claims on its first word. */
function doc(): FactdeskDocument {
  return testDraft([testClaim('c1', { quote: 'Four' }), testClaim('c2', { quote: 'Four' })], {
    text: 'Four thousand came.',
  });
}

const approve: DocumentOperation = { type: 'approve', claimId: 'c1' };

function refusal(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('approving a verdict', () => {
  it('records who approved it and when, in the claim and its history, valid against the schema', () => {
    const d = doc();
    applyOperations(d, [{ type: 'setStatus', claimId: 'c1', status: 'verified' }], { by: 'Ana', at: T0 });
    const result = applyOperations(d, [approve], { by: 'Eve', at: T1 });
    expect(result.changed).toBe(true);
    const c1 = d.claims[0]!;
    expect(c1.approval).toEqual({ by: 'Eve', at: T1 });
    expect(c1.history.at(-1)).toEqual({ at: T1, by: 'Eve', action: 'approved', to: 'verified' });
    expect(ClaimSchema.safeParse(c1).success).toBe(true);
    // Approving again changes nothing.
    expect(applyOperations(d, [approve], { by: 'Fay', at: T1 }).changed).toBe(false);
    expect(c1.approval?.by).toBe('Eve');
  });

  it('refuses the checker who gave the verdict, an unchecked claim and a contested one, in one sentence each', () => {
    const d = doc();
    const unchecked = refusal(() => applyOperations(d, [approve], { by: 'Eve', at: T1 }));
    expect(unchecked.code).toBe('refused');
    expect(unchecked.message).toBe(
      'Only a verdict can be approved: mark the claim verified, disputed or unsourced first.',
    );
    applyOperations(d, [{ type: 'setStatus', claimId: 'c1', status: 'disputed' }], { by: 'Ana', at: T0 });
    const own = refusal(() => applyOperations(d, [approve], { by: 'Ana', at: T1 }));
    expect(own.code).toBe('refused');
    expect(own.message).toBe('Ana gave this verdict, so someone else must approve it.');
    d.claims[0]!.contested = [{ note: 'Two sources', by: 'Ben', at: T0 }];
    const contested = refusal(() => applyOperations(d, [approve], { by: 'Eve', at: T1 }));
    expect(contested.message).toBe(
      'A contested claim cannot be approved: settle it with a verdict or note first.',
    );
    // Nothing of a refused approval is left behind.
    expect(d.claims[0]!.approval).toBeUndefined();
    expect(d.claims[0]!.history.map((entry) => entry.action)).toEqual(['found', 'status']);
  });

  it('is taken back by a later verdict, note, citation or restatement, and by withdrawing it', () => {
    const changes: DocumentOperation[] = [
      { type: 'setStatus', claimId: 'c1', status: 'disputed' },
      { type: 'setNote', claimId: 'c1', note: 'New figure' },
      { type: 'setStatement', claimId: 'c1', text: 'Four thousand people came' },
      {
        type: 'addCitation',
        claimId: 'c1',
        citation: { id: 's1', title: 'Ministry', quote: '', stance: 'supports', addedAt: T1, addedBy: 'Ben' },
      },
      { type: 'withdrawApproval', claimId: 'c1' },
    ];
    for (const change of changes) {
      const d = doc();
      applyOperations(d, [{ type: 'setStatus', claimId: 'c1', status: 'verified' }], { by: 'Ana', at: T0 });
      applyOperations(d, [approve], { by: 'Eve', at: T1 });
      applyOperations(d, [change], { by: 'Ben', at: T1 });
      expect(d.claims[0]!.approval, change.type).toBeUndefined();
    }
    // An assignment leaves the sign-off alone.
    const d = doc();
    applyOperations(d, [{ type: 'setStatus', claimId: 'c1', status: 'verified' }], { by: 'Ana', at: T0 });
    applyOperations(d, [approve], { by: 'Eve', at: T1 });
    applyOperations(d, [{ type: 'setAssignee', claimId: 'c1', assignee: 'Ben' }], { by: 'Ben', at: T1 });
    expect(d.claims[0]!.approval?.by).toBe('Eve');
    // Withdrawing what is not approved changes nothing.
    const none = doc();
    expect(
      applyOperations(none, [{ type: 'withdrawApproval', claimId: 'c1' }], { by: 'Eve', at: T1 }).changed,
    ).toBe(false);
  });

  it('is taken back when a new publication date reads the claim again, a merge or a split, shared or not', () => {
    const reading = { start: 0, end: 4, values: { number: 4 }, warnings: [] };
    const changes: DocumentOperation[] = [
      { type: 'setPublicationDate', date: '2020-01-01', source: 'given', readings: [reading, reading] },
      { type: 'mergeClaims', claimIds: ['c1', 'c3'] },
      { type: 'splitClaim', claimId: 'c3', at: 5, newClaimId: 'c4' },
    ];
    for (const change of changes) {
      const base = doc();
      base.claims.push(testClaim('c3', { start: 0, end: 13, quote: 'Four thousand' }));
      const id = change.type === 'splitClaim' ? 'c3' : 'c1';
      const { doc: copy, entries, write } = loggedCopy(base, T1);
      write([{ type: 'setStatus', claimId: id, status: 'verified' }], 'Ana');
      write([{ type: 'approve', claimId: id }], 'Eve');
      write([change], 'Ben');
      // The write path (a project not shared stops there) and the shared log's fold agree.
      const claimOf = (d: FactdeskDocument) => d.claims.find((claim) => claim.id === id)!;
      expect(claimOf(copy).approval, change.type).toBeUndefined();
      expect(claimOf(foldDocument(base, entries)).approval, change.type).toBeUndefined();
    }
  });

  it('stays, shared or not, when a new publication date leaves the claim as it read', () => {
    const base = doc();
    const { doc: copy, entries, write } = loggedCopy(base, T1);
    write([{ type: 'setStatus', claimId: 'c1', status: 'verified' }], 'Ana');
    write([approve], 'Eve');
    write([{ type: 'setPublicationDate', date: '2020-01-01', source: 'given', readings: [] }], 'Ben');
    expect(copy.claims[0]!.approval?.by).toBe('Eve');
    expect(foldDocument(base, entries).claims[0]!.approval?.by).toBe('Eve');
  });

  it("travels in a shared project's log: another copy folds the same approval, by the approver", () => {
    const base = doc();
    const { entries, write } = loggedCopy(base, T1);
    write([{ type: 'setStatus', claimId: 'c1', status: 'verified' }], 'Ana');
    write([approve], 'Eve');
    expect(entries[1]!.ops.map((op) => op.op)).toEqual(['approve', 'history']);
    const folded = foldDocument(base, entries).claims[0]!;
    expect(folded.approval?.by).toBe('Eve');
    expect(folded.history.at(-1)).toMatchObject({ by: 'Eve', action: 'approved', to: 'verified' });
    write([{ type: 'withdrawApproval', claimId: 'c1' }], 'Eve');
    expect(foldDocument(base, entries).claims[0]!.approval).toBeUndefined();
  });
});
