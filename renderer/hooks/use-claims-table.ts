import { useMemo, useState } from 'react';
import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import type { ColumnSizingState, SortingState, Table, Updater, VisibilityState } from '@tanstack/react-table';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { claimColumns, COLUMN_IDS } from '../table/claim-columns';
import { columnsWithoutRoom } from '../table/column-room';

export type { StatusFacet } from '../table/claim-filter';

interface ClaimsTableOptions {
  /** Column ids in display order (unknown ids ignored, missing ones appended). */
  readonly columnOrder: readonly string[];
  readonly hiddenColumns: readonly string[];
  /** Column widths the checker set (column id → px). */
  readonly columnSizes: Readonly<Record<string, number>>;
  readonly onColumnSizes: (sizes: Readonly<Record<string, number>>) => void;
  /** Only one draft in the project: its title would repeat on every row, so the column is left out. */
  readonly oneDocument: boolean;
  /** The table's width, once measured: columns without room leave (see column-room.ts). */
  readonly width: number | null;
}

const DEFAULT_SIZES: Readonly<Record<string, number>> = Object.fromEntries(
  claimColumns.map((column) => [column.id!, column.size ?? 0]),
);

/** TanStack never holds the claims: it has none to build rows for (see `useClaimsTable`). */
const NO_DATA: ClaimListRow[] = [];
const coreRowModel = getCoreRowModel<ClaimListRow>();

/**
 * The claims table's columns through TanStack Table: their order, visibility, widths (resizable), and
 * the sort the headers set (click, shift-click for a second key). TanStack is given no rows:
 * `manualSorting` and `manualFiltering` say the rows come sorted and filtered, and they are the claims
 * store's, ordered by `ClaimOrder` (claim-order.ts) from the sort state read here. TanStack's own rows
 * (some forty closures each) would cost half a gigabyte at 100,000 claims.
 */
export function useClaimsTable({
  columnOrder,
  hiddenColumns,
  columnSizes,
  onColumnSizes,
  oneDocument,
  width,
}: ClaimsTableOptions): { table: Table<ClaimListRow>; withoutRoom: readonly string[] } {
  const [sorting, setSorting] = useState<SortingState>([]);
  const order = useMemo(() => {
    const known = columnOrder.filter((id) => COLUMN_IDS.includes(id));
    return [...known, ...COLUMN_IDS.filter((id) => !known.includes(id))];
  }, [columnOrder]);
  const { visibility, withoutRoom } = useMemo(() => {
    const hidden = hiddenColumns.filter((id) => id !== 'text');
    if (oneDocument) hidden.push('document');
    const shown = order
      .filter((id) => !hidden.includes(id))
      .map((id) => ({ id, size: columnSizes[id] ?? DEFAULT_SIZES[id] ?? 0 }));
    const leaving = width === null ? [] : columnsWithoutRoom(shown, width);
    const state: VisibilityState = Object.fromEntries([...hidden, ...leaving].map((id) => [id, false]));
    return { visibility: state, withoutRoom: leaving };
  }, [order, hiddenColumns, oneDocument, columnSizes, width]);
  const sizing = columnSizes as ColumnSizingState;

  // TanStack Table returns a stable instance whose methods read fresh state; that is intended here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable<ClaimListRow>({
    data: NO_DATA,
    columns: claimColumns,
    state: { sorting, columnOrder: order, columnVisibility: visibility, columnSizing: sizing },
    onSortingChange: setSorting,
    onColumnSizingChange: (updater: Updater<ColumnSizingState>) =>
      onColumnSizes(typeof updater === 'function' ? updater(sizing) : updater),
    getCoreRowModel: coreRowModel,
    manualSorting: true,
    manualFiltering: true,
    // Without it TanStack would look at the first row's value to pick a direction (it has no rows).
    sortDescFirst: false,
    enableMultiSort: true,
    columnResizeMode: 'onChange',
  });
  return { table, withoutRoom };
}
