import { getMemoOptions, memo } from '@tanstack/react-table';
import type { Row, RowModel, Table } from '@tanstack/react-table';
import { lazyRowModel } from './lazy-row-model';
import { lightRow } from './light-row';
import { notePatch, patchFrom } from './row-patches';

/**
 * TanStack's core row model with light rows (light-row.ts), and it keeps the Row object of every data item that did not change
 * (same object, same position). Marking one claim among 100,000 then builds one Row, not 100,000,
 * while sorting and filtering still see the new value. Flat data only (no sub-rows). When the data
 * has the same length as before, items at the same position are compared first (a plain array
 * read), so a mark costs one pass of comparisons, not 100,000 WeakMap lookups; when the claims store
 * noted which positions changed (row-patches.ts), not even that.
 */
export function getCachedCoreRowModel<TData extends object>(): (
  table: Table<TData>,
) => () => RowModel<TData> {
  return (table) => {
    let cache = new WeakMap<TData, Row<TData>>();
    let cachedColumns: unknown = null;
    let last: { data: readonly TData[]; rows: Row<TData>[] } | null = null;
    return memo(
      () => [table.options.data, table.options.columns],
      (data, columns) => {
        if (columns !== cachedColumns) {
          cache = new WeakMap();
          cachedColumns = columns;
          last = null;
        }
        const rowAt = (index: number): Row<TData> => {
          const original = data[index]!;
          let row = cache.get(original);
          if (!row || row.index !== index) {
            row = lightRow(table, table._getRowId(original, index), original, index);
            cache.set(original, row);
          }
          return row;
        };
        const patch = patchFrom(data, last?.data);
        let rows: Row<TData>[];
        if (last && patch) {
          // The store said which claims a mark replaced: copy the rows, rebuild those.
          rows = last.rows.slice();
          for (const index of patch.positions) rows[index] = rowAt(index);
          notePatch(rows, last.rows, patch.positions);
        } else {
          const same = last !== null && last.data.length === data.length ? last : null;
          rows = new Array(data.length);
          for (let index = 0; index < data.length; index++) {
            rows[index] = same && same.data[index] === data[index] ? same.rows[index]! : rowAt(index);
          }
        }
        last = { data, rows };
        return lazyRowModel(rows);
      },
      getMemoOptions(table.options, 'debugTable', 'getRowModel', () => table._autoResetPageIndex()),
    );
  };
}
