import { describe, expect, it } from 'vitest';
import { anchorAt, moveTarget, nextAnchor, successorOf } from './selection-anchor';

const arranged = { sort: 'status' };

describe('moving the selection after a change moved the selected claim', () => {
  const before = ['a', 'b', 'c', 'd', 'e'];

  it('steps to the next and previous lines from a claim in place', () => {
    const anchor = anchorAt(before, 'c', arranged);
    expect(moveTarget(before, 'c', anchor, 1)).toBe(3);
    expect(moveTarget(before, 'c', anchor, -1)).toBe(1);
    expect(moveTarget(before, 'e', anchorAt(before, 'e', arranged), 1)).toBe(4);
    expect(moveTarget(before, null, null, 1)).toBe(0);
    expect(moveTarget(before, null, null, -1)).toBe(4);
    expect(moveTarget([], 'c', anchor, 1)).toBe(-1);
  });

  it('goes on from where a claim re-sorted far away was (a mark, sorted by status)', () => {
    const anchor = anchorAt(before, 'b', arranged);
    const after = ['a', 'c', 'd', 'e', 'b'];
    // The change keeps the anchor: the claim is no longer beside either neighbour.
    expect(nextAnchor(after, 'b', arranged, anchor)).toBe(anchor);
    expect(after[moveTarget(after, 'b', anchor, 1)]).toBe('c');
    expect(after[moveTarget(after, 'b', anchor, -1)]).toBe('a');
  });

  it('goes on from where a claim that left the view was (filtered by status)', () => {
    const anchor = anchorAt(before, 'c', arranged);
    const after = ['a', 'b', 'd', 'e'];
    expect(nextAnchor(after, 'c', arranged, anchor)).toBe(anchor);
    expect(after[moveTarget(after, 'c', anchor, 1)]).toBe('d');
    expect(after[moveTarget(after, 'c', anchor, -1)]).toBe('b');
    // Its neighbour gone as well: the line it was on.
    const fewer = ['a', 'e'];
    expect(fewer[moveTarget(fewer, 'c', anchor, 1)]).toBe('e');
  });

  it('hands the selection of a claim taken out to the line that takes its place', () => {
    const anchor = anchorAt(before, 'c', arranged)!;
    expect(successorOf(['a', 'b', 'd', 'e'], anchor)).toBe('d');
    expect(successorOf(['a', 'b', 'e'], anchor)).toBe('b'); // its next one gone too: the one before
    expect(successorOf(['a', 'e'], anchor)).toBe('e'); // both gone: whatever is on its line now
    expect(successorOf(['a'], anchorAt(before, 'e', arranged)!)).toBe('a');
    expect(successorOf([], anchor)).toBeNull();
  });

  it('treats claims arriving or leaving beside it as no move', () => {
    const anchor = anchorAt(before, 'c', arranged)!;
    const arrived = ['a', 'b', 'x', 'c', 'd', 'e'];
    const kept = nextAnchor(arrived, 'c', arranged, anchor)!;
    expect(kept).not.toBe(anchor);
    expect(kept.prev).toBe('x');
    expect(arrived[moveTarget(arrived, 'c', kept, -1)]).toBe('x');
    // A neighbour marked away by someone else does not pull the selection after it.
    const neighbourGone = ['a', 'b', 'c', 'e', 'd'];
    expect(neighbourGone[moveTarget(neighbourGone, 'c', anchor, 1)]).toBe('e');
  });

  it('takes a new anchor when the checker arranges the view anew or selects another claim', () => {
    const anchor = anchorAt(before, 'b', arranged);
    const resorted = ['e', 'd', 'c', 'b', 'a'];
    const fresh = nextAnchor(resorted, 'b', { sort: 'score' }, anchor)!;
    expect(fresh.index).toBe(3);
    expect(resorted[moveTarget(resorted, 'b', fresh, 1)]).toBe('a');
    expect(nextAnchor(before, 'd', arranged, anchor)!.id).toBe('d');
    expect(nextAnchor(before, null, arranged, anchor)).toBeNull();
  });
});
