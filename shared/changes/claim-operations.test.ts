import { describe, expect, it } from 'vitest';
import { ClaimSchema, type FactdeskDocument } from '../domain';
import { AT, ctx, rallyDocument as doc, undo } from '../../test-support/changes/rally-document';
import { applyOperations, type RecordedSide } from './index';

describe('claim operations', () => {
  it('mark a claim, recording only that claim on both sides, and say when nothing changed', () => {
    const d = doc();
    const other = JSON.stringify(d.claims[1]);
    const result = applyOperations(d, [{ type: 'setStatus', claimId: 'c0', status: 'verified' }], ctx);
    expect(result.changed).toBe(true);
    expect(result.before.claims.map((entry) => [entry.id, entry.at?.claim.status])).toEqual([
      ['c0', 'unchecked'],
    ]);
    expect(result.after.claims.map((entry) => [entry.id, entry.at?.claim.status])).toEqual([
      ['c0', 'verified'],
    ]);
    expect(d.claims[0]).toMatchObject({ status: 'verified', updatedAt: AT });
    expect(d.claims[0]!.history.at(-1)).toEqual({
      at: AT,
      by: 'Ana',
      action: 'status',
      from: 'unchecked',
      to: 'verified',
    });
    expect(JSON.stringify(d.claims[1])).toBe(other);
    const again = applyOperations(d, [{ type: 'setStatus', claimId: 'c0', status: 'verified' }], ctx);
    expect(again.changed).toBe(false);
    expect(d.claims[0]!.history).toHaveLength(2);
  });

  it("settle a shared project's contested verdict, even with the value shown, and take back a sign-off", () => {
    const d = doc();
    const claim = d.claims[0]!;
    claim.contested = [
      { status: 'verified', by: 'Ana', at: AT },
      { status: 'disputed', by: 'Ben', at: AT },
      { note: 'Ask the ministry', by: 'Ben', at: AT },
    ];
    claim.approval = { by: 'Eve', at: AT };
    const settled = applyOperations(d, [{ type: 'setStatus', claimId: 'c0', status: 'unchecked' }], ctx);
    expect(settled.changed).toBe(true);
    expect(claim.contested).toEqual([{ note: 'Ask the ministry', by: 'Ben', at: AT }]);
    expect(claim.approval).toBeUndefined();
    expect(claim.history.at(-1)).toMatchObject({ action: 'status', from: 'unchecked', to: 'unchecked' });
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: '' }], ctx);
    expect(claim.contested).toBeUndefined();
    // Undo puts the competing values and the sign-off back with the rest.
    applyOperations(d, [undo(settled.before)], ctx);
    expect(d.claims[0]!.contested).toHaveLength(3);
    expect(d.claims[0]!.approval).toEqual({ by: 'Eve', at: AT });
  });

  it('put a claim back exactly as it was, and forward again', () => {
    const d = doc();
    const original = JSON.parse(JSON.stringify(d.claims[0])) as unknown;
    const citation = {
      id: 's1',
      title: 'Ministry',
      quote: '',
      stance: 'supports' as const,
      addedAt: AT,
      addedBy: 'Ana',
    };
    const result = applyOperations(
      d,
      [
        { type: 'setNote', claimId: 'c0', note: 'Called the ministry' },
        { type: 'addCitation', claimId: 'c0', citation },
        { type: 'setAssignee', claimId: 'c0', assignee: ' Ben ' },
      ],
      ctx,
    );
    expect(d.claims[0]).toMatchObject({
      note: 'Called the ministry',
      assignee: 'Ben',
      citations: [citation],
    });
    applyOperations(d, [undo(result.before)], ctx);
    expect(d.claims[0]).toEqual(original);
    applyOperations(d, [undo(result.after)], ctx);
    expect(d.claims[0]).toEqual(result.after.claims[0]!.at!.claim);
  });

  it('replace and remove citations by id, refusing one the claim does not have', () => {
    const d = doc();
    const first = {
      id: 's1',
      title: 'A',
      quote: '',
      stance: 'supports' as const,
      addedAt: AT,
      addedBy: 'Ana',
    };
    applyOperations(d, [{ type: 'addCitation', claimId: 'c0', citation: first }], ctx);
    const later = { ...ctx, by: 'Ben', at: '2026-02-01T00:00:00.000Z' };
    applyOperations(
      d,
      [
        {
          type: 'replaceCitation',
          claimId: 'c0',
          citationId: 's1',
          citation: { ...first, id: 'x', title: 'B', addedBy: 'Ben' },
        },
      ],
      later,
    );
    expect(d.claims[0]!.citations).toEqual([{ ...first, title: 'B' }]);
    const before = JSON.stringify(d);
    expect(() =>
      applyOperations(d, [{ type: 'removeCitation', claimId: 'c0', citationId: 'nope' }], ctx),
    ).toThrow('This claim has no citation nope.');
    expect(() =>
      applyOperations(
        d,
        [
          { type: 'setStatus', claimId: 'c0', status: 'disputed' },
          { type: 'setNote', claimId: 'missing', note: 'x' },
        ],
        ctx,
      ),
    ).toThrow('There is no claim missing in this document.');
    expect(JSON.stringify(d)).toBe(before);
  });

  it('put everything back when the check refuses what changed', () => {
    const d = doc();
    const before = JSON.stringify(d);
    const tooLong = 'x'.repeat(100_001);
    const check = (_doc: FactdeskDocument, after: RecordedSide) => {
      for (const entry of after.claims) if (entry.at) ClaimSchema.parse(entry.at.claim);
    };
    expect(() =>
      applyOperations(d, [{ type: 'setNote', claimId: 'c1', note: tooLong }], ctx, check),
    ).toThrow();
    expect(JSON.stringify(d)).toBe(before);
  });

  it('fold note edits into one history entry, and drop it when the note is typed back', () => {
    const d = doc();
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: 'Ch' }], ctx);
    const amend = { ...ctx, amendNote: true, at: '2026-01-02T03:05:00.000Z' };
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: 'Checked agains' }], amend);
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: 'Checked against the census' }], amend);
    const notes = d.claims[0]!.history.filter((entry) => entry.action === 'note');
    expect(notes).toEqual([
      { at: amend.at, by: 'Ana', action: 'note', from: '', to: 'Checked against the census' },
    ]);
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: '' }], amend);
    expect(d.claims[0]!.history.some((entry) => entry.action === 'note')).toBe(false);
    // Another checker's edit is never folded into Ana's.
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: 'A' }], ctx);
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: 'AB' }], { ...amend, by: 'Ben' });
    expect(d.claims[0]!.history.filter((entry) => entry.action === 'note')).toHaveLength(2);
  });

  it('keep a note of 100,000 characters whole, and its history entries within their bound', () => {
    const d = doc();
    const long = `${'Source: ministry transcript. '.repeat(3_448)}end`.slice(0, 100_000);
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: long }], ctx);
    const amend = { ...ctx, amendNote: true, at: '2026-01-02T03:05:00.000Z' };
    applyOperations(d, [{ type: 'setNote', claimId: 'c0', note: `${long.slice(0, -1)}!` }], amend);
    const claim = d.claims[0]!;
    expect(claim.note).toBe(`${long.slice(0, -1)}!`);
    expect(() => ClaimSchema.parse(claim)).not.toThrow();
    const notes = claim.history.filter((entry) => entry.action === 'note');
    // The second save, a moment later by the same checker, folds into the first entry.
    expect(notes).toHaveLength(1);
    expect(notes[0]!.to).toHaveLength(20_000);
    expect(notes[0]!.to!.endsWith('…')).toBe(true);
    expect(long.startsWith(notes[0]!.to!.slice(0, -1))).toBe(true);
  });

  it('restate a claim, with the old statement in its history', () => {
    const d = doc();
    const old = d.claims[0]!.text;
    applyOperations(d, [{ type: 'setStatement', claimId: 'c0', text: ' 4,000 attended the rally ' }], ctx);
    expect(d.claims[0]!.text).toBe('4,000 attended the rally');
    expect(d.claims[0]!.history.at(-1)).toMatchObject({
      action: 'restated',
      from: old,
      to: '4,000 attended the rally',
    });
  });
});
