import { flexRender } from '@tanstack/react-table';
import type { Header } from '@tanstack/react-table';
import type { KeyboardEvent } from 'react';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
/** How far one arrow key press resizes a column (Shift: four times). */
const RESIZE_STEP = 16;
/** The widest a column may be made. */
const MAX_WIDTH = 600;

/**
 * The grip on a column's right edge: drag it (TanStack's resize handler), or focus it and press ← or
 * →; double-click or Home puts the column back to its first width.
 */
function ResizeGrip({ header }: { readonly header: Header<ClaimListRow, unknown> }) {
  const column = header.column;
  const name = typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id;
  const size = column.getSize();
  const min = column.columnDef.minSize ?? 40;
  // TanStack's default maxSize is Number.MAX_SAFE_INTEGER: no width a reader should hear.
  const max = Math.min(column.columnDef.maxSize ?? MAX_WIDTH, MAX_WIDTH);
  function onKeyDown(event: KeyboardEvent) {
    const step = event.shiftKey ? RESIZE_STEP * 4 : RESIZE_STEP;
    let next: number | null = null;
    if (event.key === 'ArrowLeft') next = size - step;
    else if (event.key === 'ArrowRight') next = size + step;
    else if (event.key === 'Home') next = column.columnDef.size ?? size;
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    const width = Math.round(Math.max(min, Math.min(max, next)));
    header.getContext().table.setColumnSizing((sizes) => ({ ...sizes, [column.id]: width }));
  }
  const handler = header.getResizeHandler();
  return (
    <div
      className={column.getIsResizing() ? 'column-grip is-resizing' : 'column-grip'}
      role="separator"
      tabIndex={0}
      aria-label={`Resize ${name} column`}
      aria-orientation="vertical"
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={max}
      title="Drag to resize; double-click for the first width"
      onMouseDown={handler}
      onTouchStart={handler}
      onDoubleClick={() => column.resetSize()}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={onKeyDown}
    />
  );
}

/**
 * A column header: a button that sorts (shift-click adds a second key), with aria-sort on the cell,
 * and a grip to resize the column.
 */
export function SortHeader({ header }: { readonly header: Header<ClaimListRow, unknown> }) {
  const column = header.column;
  const sorted = column.getIsSorted();
  const label = flexRender(column.columnDef.header, header.getContext());
  const grip = column.getCanResize() ? <ResizeGrip header={header} /> : null;
  if (!column.getCanSort()) {
    return (
      <th scope="col" className={`head-${column.id}`}>
        {label}
        {grip}
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
      {grip}
    </th>
  );
}
