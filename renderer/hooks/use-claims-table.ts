import { useDeferredValue, useMemo, useState } from 'react';
import { getFilteredRowModel, getSortedRowModel, useReactTable } from '@tanstack/react-table';
import type { ColumnFiltersState, SortingState, Table } from '@tanstack/react-table';
import type { ClaimStatus } from '../../shared/domain/enums';
import type { ClaimRow } from '../../shared/ipc/views';
import { claimColumns, matchesQuery } from '../table/claim-columns';
import { getCachedCoreRowModel } from '../table/cached-core-row-model';

/** The facet of the status filter: one status, or all. */
export type StatusFacet = ClaimStatus | 'all';

interface ClaimsTableOptions {
  readonly rows: readonly ClaimRow[];
  /** What is typed in Filter claims. */
  readonly query: string;
  readonly status: StatusFacet;
  /** Only this document's claims, or every document's when null. */
  readonly documentId: string | null;
}

const EMPTY: readonly ClaimRow[] = [];
// One per module: the cache it keeps lives in the table instance's closure.
const coreRowModel = getCachedCoreRowModel<ClaimRow>();

/** The TanStack table behind the claims table: sorting, the text filter, the status and document facets. */
export function useClaimsTable({ rows, query, status, documentId }: ClaimsTableOptions): Table<ClaimRow> {
  const [sorting, setSorting] = useState<SortingState>([]);
  const deferredQuery = useDeferredValue(query);
  const words = useMemo(() => deferredQuery.toLowerCase().split(/\s+/).filter(Boolean), [deferredQuery]);
  const columnFilters = useMemo<ColumnFiltersState>(() => {
    const filters: ColumnFiltersState = [];
    if (status !== 'all') filters.push({ id: 'status', value: status });
    if (documentId !== null) filters.push({ id: 'document', value: documentId });
    return filters;
  }, [status, documentId]);

  // TanStack Table returns a stable instance whose methods read fresh state; that is intended here.
  // eslint-disable-next-line react-hooks/incompatible-library
  return useReactTable<ClaimRow>({
    data: (rows ?? EMPTY) as ClaimRow[],
    columns: claimColumns,
    state: { sorting, columnFilters, globalFilter: words.length > 0 ? words : undefined },
    onSortingChange: setSorting,
    getRowId: (row) => row.id,
    globalFilterFn: matchesQuery,
    getColumnCanGlobalFilter: (column) => column.id === 'text',
    getCoreRowModel: coreRowModel,
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    enableMultiSort: true,
  });
}
