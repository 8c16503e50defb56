import type { Row, RowModel } from '@tanstack/react-table';

/** A flat row model whose `rowsById` is built only if something asks for it (the table rarely does). */
export function lazyRowModel<TData>(rows: Row<TData>[]): RowModel<TData> {
  let byId: Record<string, Row<TData>> | null = null;
  return {
    rows,
    flatRows: rows,
    get rowsById() {
      if (byId === null) {
        byId = {};
        for (const row of rows) byId[row.id] = row;
      }
      return byId;
    },
  };
}
