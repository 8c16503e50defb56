import { describe, expect, it } from 'vitest';
import { createTable, getSortedRowModel } from '@tanstack/react-table';
import type { ColumnDef, TableOptionsResolved } from '@tanstack/react-table';
import type { ClaimStatus } from '../../shared/domain/enums';
import type { ClaimRow } from '../../shared/ipc/views';
import { getCachedCoreRowModel } from './cached-core-row-model';
import { getClaimFilteredRowModel, NO_FILTER } from './claim-filter';
import type { ClaimFilter } from './claim-filter';
import { notePatch } from './row-patches';
import { buildWordIndex } from './word-index';
import type { WordIndex } from './word-index';

function claim(i: number, status: ClaimStatus = 'unchecked'): ClaimRow {
  return {
    id: `c${i}`,
    documentId: `d${i % 3}`,
    text: i % 2 ? `troops moved ${i}` : `prices rose ${i}`,
    sentence: '',
    documentTitle: 'Draft',
    kind: 'quantity',
    status,
    citations: [],
  } as unknown as ClaimRow;
}

/** A headless TanStack table over `data` with the claims table's row models, as the renderer sets it up. */
function tableOf(data: ClaimRow[], filter: ClaimFilter) {
  const options = {
    data,
    columns: [],
    state: {},
    meta: { filter },
    onStateChange: () => {},
    renderFallbackValue: null,
    getRowId: (row: ClaimRow) => row.id,
    getCoreRowModel: getCachedCoreRowModel<ClaimRow>(),
    getFilteredRowModel: getClaimFilteredRowModel(),
    getSortedRowModel: getSortedRowModel<ClaimRow>(),
  } as unknown as TableOptionsResolved<ClaimRow>;
  const table = createTable(options);
  return {
    table,
    setData(next: ClaimRow[]) {
      table.setOptions((prev) => ({ ...prev, data: next }));
    },
  };
}

/** What a mark does in the store: one claim replaced in a copy, the position noted. */
function mark(rows: ClaimRow[], at: number, status: ClaimStatus): ClaimRow[] {
  const next = rows.slice();
  next[at] = { ...rows[at]!, status };
  notePatch(next, rows, [at]);
  return next;
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('the claims table row models after a mark', () => {
  const data = Array.from({ length: 50 }, (_, i) => claim(i));

  it('reuse every Row but the marked one, without a filter', () => {
    const { table, setData } = tableOf(data, NO_FILTER);
    const before = table.getRowModel().rows;
    const next = mark(data, 7, 'verified');
    setData(next);
    const after = table.getRowModel().rows;
    expect(after).toHaveLength(50);
    expect(after[7]!.original.status).toBe('verified');
    expect(after.filter((row, i) => row !== before[i])).toEqual([after[7]]);
  });

  it('keep the filtered rows in order with the marked row in place', () => {
    const filter: ClaimFilter = { ...NO_FILTER, words: ['troops'] };
    const { table, setData } = tableOf(data, filter);
    const before = table.getRowModel().rows;
    const next = mark(data, 9, 'disputed');
    setData(next);
    const after = table.getRowModel().rows;
    expect(ids(after)).toEqual(ids(before));
    expect(after.find((row) => row.id === 'c9')!.original.status).toBe('disputed');
  });

  it('drop or add a row whose mark moves it across a status filter, as a full pass would', () => {
    const filter: ClaimFilter = { ...NO_FILTER, status: 'unchecked' };
    const { table, setData } = tableOf(data, filter);
    expect(table.getRowModel().rows).toHaveLength(50);
    let current = mark(data, 3, 'verified');
    setData(current);
    expect(ids(table.getRowModel().rows)).not.toContain('c3');
    current = mark(current, 3, 'unchecked');
    setData(current);
    const fresh = tableOf(current, filter).table.getRowModel().rows;
    expect(ids(table.getRowModel().rows)).toEqual(ids(fresh));
  });
});

describe('the claims table filter between two renders of one keystroke', () => {
  const data = Array.from({ length: 50 }, (_, i) => claim(i));

  it('gives back the previous filter’s rows as they were, then the new ones, without a new pass', () => {
    const typed: ClaimFilter = { ...NO_FILTER, words: ['troops'] };
    const more: ClaimFilter = { ...NO_FILTER, words: ['troops', '1'] };
    const { table } = tableOf(data, typed);
    const setFilter = (filter: ClaimFilter) => table.setOptions((prev) => ({ ...prev, meta: { filter } }));
    const first = table.getRowModel().rows;
    setFilter(more);
    const narrowed = table.getRowModel().rows;
    expect(ids(narrowed)).toEqual(['c1', 'c11', 'c13', 'c15', 'c17', 'c19', 'c21', 'c31', 'c41']);
    setFilter(typed);
    expect(table.getRowModel().rows).toBe(first);
    setFilter(more);
    expect(table.getRowModel().rows).toBe(narrowed);
  });
});

describe('the claims table filter with the word index', () => {
  const data = Array.from({ length: 60 }, (_, i) => claim(i, i % 4 === 0 ? 'verified' : 'unchecked'));

  it('gives the rows a scan gives, facets included, and keeps them after a mark', () => {
    let index: WordIndex | null = null;
    buildWordIndex(
      data,
      (step) => {
        step();
        return () => {};
      },
      (built) => (index = built),
    );
    expect(index).not.toBeNull();
    for (const filter of [
      { ...NO_FILTER, words: ['troops'] },
      { ...NO_FILTER, words: ['rose', '4'], status: 'verified' as const },
      { ...NO_FILTER, words: ['1'], documentId: 'd1' },
    ]) {
      const scanned = tableOf(data, filter).table.getRowModel().rows;
      const { table, setData } = tableOf(data, filter);
      table.setOptions((prev) => ({ ...prev, meta: { filter, index } }));
      expect(ids(table.getRowModel().rows)).toEqual(ids(scanned));
      const next = mark(data, 8, 'unchecked');
      setData(next);
      expect(ids(table.getRowModel().rows)).toEqual(ids(tableOf(next, filter).table.getRowModel().rows));
    }
  });
});

describe('the claims table’s light rows', () => {
  it('sort by every kind of column as TanStack’s own rows do (the sorted model copies each row)', () => {
    const data = Array.from(
      { length: 40 },
      (_, i) =>
        ({
          ...claim(i, (['unchecked', 'verified', 'disputed', 'unsourced'] as const)[i % 4]),
          score: ((i * 7) % 40) / 40,
          citations: Array.from({ length: i % 3 }),
        }) as unknown as ClaimRow,
    );
    const columns: ColumnDef<ClaimRow>[] = [
      { id: 'text', accessorKey: 'text', sortingFn: 'text' },
      { id: 'score', accessorKey: 'score' },
      { id: 'citations', accessorFn: (row: ClaimRow) => row.citations.length },
    ];
    const sorted = (id: string, desc: boolean) => {
      const { table } = tableOf(data, NO_FILTER);
      table.setOptions((prev) => ({ ...prev, columns, state: { ...prev.state, sorting: [{ id, desc }] } }));
      return table.getRowModel().rows.map((row) => row.getValue(id));
    };
    const scores = sorted('score', true) as number[];
    expect(scores).toEqual(data.map((c) => c.score).sort((a, b) => b - a));
    const texts = sorted('text', false) as string[];
    expect(texts).toEqual(
      data.map((c) => c.text).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)),
    );
    const counts = sorted('citations', false) as number[];
    expect(counts).toEqual(data.map((c) => c.citations.length).sort((a, b) => a - b));
  });
});
