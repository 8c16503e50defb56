import { useMemo, useState } from 'react';
import { getSortedRowModel, useReactTable } from '@tanstack/react-table';
import type { SortingState, Table, VisibilityState } from '@tanstack/react-table';
import type { ClaimRow } from '../../shared/ipc/views';
import { claimColumns, COLUMN_IDS } from '../table/claim-columns';
import { getCachedCoreRowModel } from '../table/cached-core-row-model';
import { getClaimFilteredRowModel } from '../table/claim-filter';
import type { ClaimFilter, ClaimFilterMeta } from '../table/claim-filter';
import type { WordIndex } from '../table/word-index';

export type { StatusFacet } from '../table/claim-filter';

interface ClaimsTableOptions {
  readonly rows: readonly ClaimRow[];
  readonly filter: ClaimFilter;
  readonly index: WordIndex | null;
  /** Column ids in display order (unknown ids ignored, missing ones appended). */
  readonly columnOrder: readonly string[];
  readonly hiddenColumns: readonly string[];
}

const EMPTY: readonly ClaimRow[] = [];
// One per module: the caches they keep live in the table instance's closure.
const coreRowModel = getCachedCoreRowModel<ClaimRow>();
const filteredRowModel = getClaimFilteredRowModel();
const sortedRowModel = getSortedRowModel<ClaimRow>();

/** The TanStack table behind the claims table: sorting, the filter, column order and visibility. */
export function useClaimsTable({
  rows,
  filter,
  index,
  columnOrder,
  hiddenColumns,
}: ClaimsTableOptions): Table<ClaimRow> {
  const [sorting, setSorting] = useState<SortingState>([]);
  const order = useMemo(() => {
    const known = columnOrder.filter((id) => COLUMN_IDS.includes(id));
    return [...known, ...COLUMN_IDS.filter((id) => !known.includes(id))];
  }, [columnOrder]);
  const visibility = useMemo<VisibilityState>(
    () => Object.fromEntries(hiddenColumns.filter((id) => id !== 'text').map((id) => [id, false])),
    [hiddenColumns],
  );
  const meta = useMemo<ClaimFilterMeta>(() => ({ filter, index }), [filter, index]);

  // TanStack Table returns a stable instance whose methods read fresh state; that is intended here.
  // eslint-disable-next-line react-hooks/incompatible-library
  return useReactTable<ClaimRow>({
    data: (rows ?? EMPTY) as ClaimRow[],
    columns: claimColumns,
    state: { sorting, columnOrder: order, columnVisibility: visibility },
    meta,
    onSortingChange: setSorting,
    getRowId: (row) => row.id,
    getCoreRowModel: coreRowModel,
    getFilteredRowModel: filteredRowModel,
    getSortedRowModel: sortedRowModel,
    enableMultiSort: true,
  });
}
