import { describe, expect, it } from 'vitest';
import { RowKeys } from './row-keys';

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('RowKeys', () => {
  it('keeps the key of every line still in view and gives a line scrolled in a key scrolled out', () => {
    const rows = new RowKeys();
    const first = rows.keysFor(range(0, 5));
    expect(first).toEqual([0, 1, 2, 3, 4]);
    const next = rows.keysFor(range(2, 5));
    // Lines 2 to 4 keep keys 2 to 4; lines 5 and 6 take keys 0 and 1, given up by lines 0 and 1.
    expect(next).toEqual([2, 3, 4, 0, 1]);
  });

  it('after a jump past the whole window, every row keeps its place: the keys come in the same order', () => {
    const rows = new RowKeys();
    rows.keysFor(range(0, 5));
    const scrolled = rows.keysFor(range(2, 5));
    expect(rows.keysFor(range(60, 5))).toEqual(scrolled);
    // Back up past the window: the same order again, not a rotation that would move rows.
    expect(rows.keysFor(range(10, 5))).toEqual(scrolled);
  });

  it('never gives two rows one key, and adds keys only when more rows show at once', () => {
    const rows = new RowKeys();
    rows.keysFor(range(0, 3));
    const taller = rows.keysFor(range(1, 6));
    expect(new Set(taller).size).toBe(6);
    expect(Math.max(...taller)).toBe(5);
    const shorter = rows.keysFor(range(100, 2));
    expect(new Set(shorter).size).toBe(2);
    const again = rows.keysFor(range(100, 6));
    expect(new Set(again).size).toBe(6);
    expect(Math.max(...again)).toBe(5);
  });

  it('lines with gaps between them (group headers in view) keep their keys too', () => {
    const rows = new RowKeys();
    const first = rows.keysFor([0, 1, 3, 4]);
    expect(rows.keysFor([3, 4, 6, 7])).toEqual([first[2], first[3], first[0], first[1]]);
  });
});
