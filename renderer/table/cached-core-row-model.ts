import { createRow, getMemoOptions, memo } from '@tanstack/react-table';
import type { Row, RowModel, Table } from '@tanstack/react-table';
import { lazyRowModel } from './lazy-row-model';

/**
 * TanStack's core row model, but it keeps the Row object of every data item that did not change
 * (same object, same position). Marking one claim among 100,000 then builds one Row, not 100,000,
 * while sorting and filtering still see the new value. Flat data only (no sub-rows).
 */
export function getCachedCoreRowModel<TData extends object>(): (
  table: Table<TData>,
) => () => RowModel<TData> {
  return (table) => {
    let cache = new WeakMap<TData, Row<TData>>();
    let cachedColumns: unknown = null;
    return memo(
      () => [table.options.data, table.options.columns],
      (data, columns) => {
        if (columns !== cachedColumns) {
          cache = new WeakMap();
          cachedColumns = columns;
        }
        const rows: Row<TData>[] = new Array(data.length);
        for (let index = 0; index < data.length; index++) {
          const original = data[index]!;
          let row = cache.get(original);
          if (!row || row.index !== index) {
            row = createRow(table, table._getRowId(original, index), original, index, 0);
            cache.set(original, row);
          }
          rows[index] = row;
        }
        return lazyRowModel(rows);
      },
      getMemoOptions(table.options, 'debugTable', 'getRowModel', () => table._autoResetPageIndex()),
    );
  };
}
