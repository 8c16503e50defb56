import { useEffect, useMemo, useRef } from 'react';
import { flexRender } from '@tanstack/react-table';
import type { Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ClaimRow } from '../../shared/ipc/views';
import { SortHeader } from './sort-header';
import '../styles/table.css';

/** The fixed heights of a row and of the header row, in CSS pixels (table.css keeps them exact). */
export const ROW_HEIGHT = 32;
const HEADER_HEIGHT = 34;

interface ClaimsTableProps {
  readonly table: Table<ClaimRow>;
  readonly selectedId: string | null;
  readonly onSelect: (claimId: string) => void;
  /** null while the claims load. */
  readonly loading: boolean;
  readonly emptyText: string;
}

/**
 * The claims as a real `<table>`: sortable headers with aria-sort, and only the rows in view
 * rendered (spacer rows above and below), so 100,000 claims scroll smoothly.
 */
export function ClaimsTable({ table, selectedId, onSelect, loading, emptyText }: ClaimsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 16,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : rows.findIndex((row) => row.id === selectedId)),
    [rows, selectedId],
  );
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const top = items.length > 0 ? items[0]!.start - HEADER_HEIGHT : 0;
  const bottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <div className="table-scroll" ref={scrollRef}>
      <table className="claims-table" aria-label="Claims" aria-rowcount={rows.length + 1} tabIndex={0}>
        <colgroup>
          {table.getVisibleLeafColumns().map((column) => (
            <col key={column.id} className={`col-${column.id}`} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {top > 0 && (
            <tr className="spacer-row" aria-hidden="true">
              <td colSpan={columnCount} style={{ height: top }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            const selected = row.id === selectedId;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                className={selected ? 'claim-row is-selected' : 'claim-row'}
                data-status={row.original.status}
                onClick={() => onSelect(row.id)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`cell-${cell.column.id}`}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr className="spacer-row" aria-hidden="true">
              <td colSpan={columnCount} style={{ height: bottom }} />
            </tr>
          )}
          {rows.length === 0 && (
            <tr className="empty-row">
              <td colSpan={columnCount}>{loading ? 'Loading claims…' : emptyText}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
