import { flexRender } from '@tanstack/react-table';
import type { Header } from '@tanstack/react-table';
import type { ClaimRow } from '../../shared/ipc/views';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** A column header: a button that sorts (shift-click adds a second key), with aria-sort on the cell. */
export function SortHeader({ header }: { readonly header: Header<ClaimRow, unknown> }) {
  const column = header.column;
  const sorted = column.getIsSorted();
  const label = flexRender(column.columnDef.header, header.getContext());
  if (!column.getCanSort()) {
    return (
      <th scope="col" className={`head-${column.id}`}>
        {label}
      </th>
    );
  }
  return (
    <th scope="col" className={`head-${column.id}`} aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={column.getToggleSortingHandler()}
        title="Sort (shift-click to add a second sort)"
      >
        {label}
        <span className={sorted ? 'sort-icon is-active' : 'sort-icon'} aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
