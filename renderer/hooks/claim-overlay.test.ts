import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../shared/ipc/views';
import { ClaimOverlay } from './claim-overlay';

const claim = (id: string, status: string) => ({ id, status }) as unknown as ClaimRow;

function watched(overlay: ClaimOverlay, id: string): { calls: number } {
  const seen = { calls: 0 };
  overlay.subscribe(id, () => seen.calls++);
  return seen;
}

describe('the claim overlay', () => {
  it('shows a change to the claim’s subscribers only', () => {
    const overlay = new ClaimOverlay();
    const a = watched(overlay, 'a');
    const b = watched(overlay, 'b');
    const marked = claim('a', 'verified');
    overlay.show(marked);
    expect(overlay.get('a')).toBe(marked);
    expect(overlay.get('b')).toBeUndefined();
    expect([a.calls, b.calls]).toEqual([1, 0]);
  });

  it('lets go of a claim once the store holds that very version, and keeps a later one in flight', () => {
    const overlay = new ClaimOverlay();
    const first = claim('a', 'verified');
    const second = claim('a', 'unchecked');
    const other = claim('b', 'disputed');
    overlay.show(first);
    overlay.show(other);
    overlay.show(second);
    const seen = watched(overlay, 'a');
    // The store committed the first mark of a while the second is on its way, and nothing of b yet.
    overlay.settle((id) => (id === 'a' ? first : undefined));
    expect(overlay.get('a')).toBe(second);
    expect(overlay.get('b')).toBe(other);
    expect(seen.calls).toBe(0);
    overlay.settle((id) => (id === 'a' ? second : other));
    expect(overlay.get('a')).toBeUndefined();
    expect(overlay.get('b')).toBeUndefined();
    expect(seen.calls).toBe(1);
  });

  it('forgets claims a change took away, and everything on a reload', () => {
    const overlay = new ClaimOverlay();
    overlay.show(claim('a', 'verified'));
    overlay.show(claim('b', 'verified'));
    overlay.show(claim('c', 'verified'));
    const a = watched(overlay, 'a');
    overlay.forget(['a', 'zzz']);
    expect(overlay.get('a')).toBeUndefined();
    expect(a.calls).toBe(1);
    overlay.clear();
    expect([overlay.get('b'), overlay.get('c')]).toEqual([undefined, undefined]);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const overlay = new ClaimOverlay();
    let calls = 0;
    const stop = overlay.subscribe('a', () => calls++);
    overlay.show(claim('a', 'verified'));
    stop();
    overlay.show(claim('a', 'disputed'));
    expect(calls).toBe(1);
  });
});
