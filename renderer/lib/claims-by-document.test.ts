import { describe, expect, it } from 'vitest';
import type { ClaimStatus } from '../../shared/domain/enums';
import type { ClaimRow } from '../../shared/ipc/views';
import { countsByDocument, countsOf, groupByDocument, updateByDocument } from './claims-by-document';

/** Only the fields these functions read; the rest of a row does not matter here. */
function row(id: string, documentId: string, start: number, status: ClaimStatus = 'unchecked'): ClaimRow {
  return { id, documentId, start, end: start + 5, status } as ClaimRow;
}

/** Recounting from scratch: what the incremental update must always agree with. */
function recount(rows: readonly ClaimRow[]) {
  return countsByDocument(groupByDocument(rows));
}

describe('groupByDocument', () => {
  it('groups claims by document in document order', () => {
    const grouped = groupByDocument([row('b', 'd1', 40), row('a', 'd1', 10), row('c', 'd2', 0)]);
    expect(grouped.get('d1')!.map((r) => r.id)).toEqual(['a', 'b']);
    expect(grouped.get('d2')!.map((r) => r.id)).toEqual(['c']);
  });
});

describe('updateByDocument', () => {
  const rows = [row('a', 'd1', 0), row('b', 'd1', 10), row('c', 'd2', 0), row('d', 'd3', 0)];

  it('rebuilds only the document a mark touched and keeps the other lists and counts', () => {
    const before = groupByDocument(rows);
    const marked = row('b', 'd1', 10, 'verified');
    const after = updateByDocument(before, [rows[1]!], [marked], new Set());
    expect(after.get('d1')!.map((r) => r.status)).toEqual(['unchecked', 'verified']);
    expect(after.get('d2')).toBe(before.get('d2'));
    expect(countsOf(after.get('d2')!)).toBe(countsOf(before.get('d2')!));
    expect(countsByDocument(after)).toEqual(recount([rows[0]!, marked, rows[2]!, rows[3]!]));
  });

  it('adds, removes and moves claims, keeping document order, and drops emptied documents', () => {
    const before = groupByDocument(rows);
    const added = row('e', 'd1', 5, 'disputed');
    const moved = row('c', 'd3', 20, 'unsourced');
    const after = updateByDocument(before, [rows[2]!, rows[0]!], [added, moved], new Set(['a']));
    expect(after.get('d1')!.map((r) => r.id)).toEqual(['e', 'b']);
    expect(after.has('d2')).toBe(false);
    expect(after.get('d3')!.map((r) => r.id)).toEqual(['d', 'c']);
    expect(countsByDocument(after)).toEqual(recount([added, rows[1]!, rows[3]!, moved]));
  });

  it('agrees with a full recount after many random marks', () => {
    const statuses: ClaimStatus[] = ['unchecked', 'verified', 'disputed', 'unsourced'];
    let current = Array.from({ length: 200 }, (_, i) => row(`c${i}`, `d${i % 7}`, i * 3));
    let grouped = groupByDocument(current);
    let seed = 7;
    for (let step = 0; step < 300; step++) {
      seed = (seed * 48271) % 2147483647;
      const at = seed % current.length;
      const next = { ...current[at]!, status: statuses[seed % 4]! };
      grouped = updateByDocument(grouped, [current[at]!], [next], new Set());
      current = current.map((r, i) => (i === at ? next : r));
    }
    expect(countsByDocument(grouped)).toEqual(recount(current));
  });
});
