import type { Row, Table } from '@tanstack/react-table';

/**
 * What a claims-table row needs of TanStack's Row: its identity, its data, and `getValue` for sorting.
 *
 * TanStack's own `createRow` gives every row some forty closures and caches (selection, expanding,
 * pinning, cells…), about 5 kB per row: half a gigabyte at 100,000 claims, built at load and collected
 * later. The table uses none of them (cells are drawn from the claim, see CLAIM_CELLS), so its rows carry
 * only these fields. `getValue` is one function shared by every row and reads `this`, because the sorted
 * row model copies each row (`{ ...row }`) before sorting and calls `getValue` on the copy.
 */
interface LightRow<TData> {
  readonly id: string;
  readonly index: number;
  readonly original: TData;
  readonly depth: 0;
  readonly subRows: readonly never[];
  readonly table: Table<TData>;
  readonly getValue: (this: LightRow<TData>, columnId: string) => unknown;
  readonly renderValue: (this: LightRow<TData>, columnId: string) => unknown;
}

const NO_SUB_ROWS: readonly never[] = Object.freeze([]);

function getValue<TData>(this: LightRow<TData>, columnId: string): unknown {
  return this.table.getColumn(columnId)?.accessorFn?.(this.original, this.index);
}

function renderValue<TData>(this: LightRow<TData>, columnId: string): unknown {
  return this.getValue(columnId) ?? this.table.options.renderFallbackValue;
}

/** A row of `table` for `original` at `index` (flat data: no sub-rows, depth 0). */
export function lightRow<TData>(table: Table<TData>, id: string, original: TData, index: number): Row<TData> {
  const row: LightRow<TData> = {
    id,
    index,
    original,
    depth: 0,
    subRows: NO_SUB_ROWS,
    table,
    getValue,
    renderValue,
  };
  return row as unknown as Row<TData>;
}
