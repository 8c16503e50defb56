import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { formatCount } from '../lib/format';
import { SortHeader } from './sort-header';
import { ClaimTableRow } from './claim-table-row';
import { RowKeys } from './row-keys';
import type { DisplayRows } from './display-rows';
import { useNoticeRoom } from './use-notice-room';
import { focusIsNowhere } from './claims-table-focus';
import '../styles/table.css';
import '../styles/claim-cells.css';

/** The fixed heights of a row and of the header row, in CSS pixels (table.css keeps them exact). */
export const ROW_HEIGHT = 32;
const HEADER_HEIGHT = 34;
/** The narrowest the Claim column gets before the table scrolls sideways (its cells then stay put). */
const CLAIM_MIN_WIDTH = 220;

/** ← and → never scroll the table sideways: the Claim column stays in view. */
function keepClaimInView(event: KeyboardEvent) {
  if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && event.target === event.currentTarget) {
    event.preventDefault();
  }
}

interface ClaimsTableProps {
  readonly table: Table<ClaimListRow>;
  readonly lines: DisplayRows;
  /** Changes when the checker arranges the view anew (filter, sort, grouping). */
  readonly arrangement: unknown;
  readonly selectedId: string | null;
  readonly marked: ReadonlySet<string>;
  readonly onRowClick: (claimId: string, event: MouseEvent) => void;
  /** null while the claims load. */
  readonly loading: boolean;
  readonly emptyText: string;
}

/**
 * The claims as a real `<table>`: sortable headers with aria-sort, group header rows, and only the
 * lines in view rendered (spacer rows above and below), so 100,000 claims scroll smoothly.
 */
export function ClaimsTable({
  table,
  lines,
  arrangement,
  selectedId,
  marked,
  onRowClick,
  loading,
  emptyText,
}: ClaimsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  // A project opening: focus starts on the table (its keys act there, a screen reader and Tab start
  // from it), unless the checker is already somewhere or a dialog asks first (it hands focus back).
  useEffect(() => {
    if (focusIsNowhere() && !document.querySelector('dialog[open]'))
      tableRef.current?.focus({ preventScroll: true });
  }, []);
  // Room below the last row while a notice shows at the bottom left, and rows scrolled to kept above it.
  const notice = useNoticeRoom(scrollRef);
  const columns = table.getVisibleLeafColumns();
  const columnsKey = columns.map((column) => column.id).join(' ');
  // The same array while the columns stay the same, so memoized rows do not re-render.
  const columnIds = useMemo(() => columnsKey.split(' '), [columnsKey]);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows laid out beyond the window on each side: each wheel step lays out every row anew.
    overscan: 3,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    paddingEnd: notice.room,
    scrollPaddingEnd: notice.clearance,
  });

  const selectedLine = useMemo(
    () => (selectedId === null ? -1 : lines.lineOf(selectedId)),
    [lines, selectedId],
  );
  // The selected claim is scrolled into view when it is chosen, when the view is arranged anew, and
  // when it first arrives; not when a mark moves it (sorted by status): the checker's place stays, and
  // j goes on from there (see selection-anchor.ts).
  const scrolledFor = useRef<{ id: string | null; arrangement: unknown; found: boolean } | null>(null);
  useEffect(() => {
    const last = scrolledFor.current;
    const found = selectedLine >= 0;
    scrolledFor.current = { id: selectedId, arrangement, found };
    if (!found) return;
    if (last && last.found && last.id === selectedId && last.arrangement === arrangement) return;
    virtualizer.scrollToIndex(selectedLine, { align: 'auto' });
  }, [selectedLine, selectedId, arrangement, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const fixedWidth = columns.reduce((sum, column) => sum + (column.id === 'text' ? 0 : column.getSize()), 0);
  // Rows are keyed so that a scroll moves and rebuilds as few as it can (row-keys.ts): a row scrolled
  // in takes over the elements of a row scrolled out, and only its text changes.
  const [rowKeys] = useState(() => new RowKeys());
  const claimLines = items.filter((virtual) => lines.itemAt(virtual.index).type !== 'group');
  const keys = rowKeys.keysFor(claimLines.map((virtual) => virtual.index));
  const keyOfLine = new Map(claimLines.map((virtual, i) => [virtual.index, keys[i]!]));
  const top = items.length > 0 ? items[0]!.start - HEADER_HEIGHT : 0;
  const bottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <div
      className={virtualizer.isScrolling ? 'table-scroll is-scrolling' : 'table-scroll'}
      ref={scrollRef}
      onKeyDown={keepClaimInView}
      style={{ scrollPaddingBottom: notice.clearance }}
    >
      <table
        ref={tableRef}
        className="claims-table"
        aria-label="Claims"
        aria-rowcount={lines.count + 1}
        tabIndex={0}
        style={{ minWidth: fixedWidth + CLAIM_MIN_WIDTH }}
        onKeyDown={keepClaimInView}
      >
        <colgroup>
          {columns.map((column) => (
            <col
              key={column.id}
              className={`col-${column.id}`}
              style={column.id === 'text' ? undefined : { width: column.getSize() }}
            />
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
              <td colSpan={columns.length} style={{ height: top }} />
            </tr>
          )}
          {items.map((virtual) => {
            const item = lines.itemAt(virtual.index);
            if (item.type === 'group') {
              return (
                <tr key={`group-${item.key}`} className="group-row" aria-rowindex={virtual.index + 2}>
                  <th scope="colgroup" colSpan={columns.length}>
                    {item.label} <span className="group-count">{formatCount(item.count)}</span>
                  </th>
                </tr>
              );
            }
            return (
              <ClaimTableRow
                key={`row-${keyOfLine.get(virtual.index)}`}
                claimId={item.claimId}
                line={virtual.index}
                selected={item.claimId === selectedId}
                marked={marked.has(item.claimId)}
                columnIds={columnIds}
                onRowClick={onRowClick}
              />
            );
          })}
          {bottom > 0 && (
            <tr className="spacer-row" aria-hidden="true">
              <td colSpan={columns.length} style={{ height: bottom }} />
            </tr>
          )}
          {lines.count === 0 && (
            <tr className="empty-row">
              <td colSpan={columns.length}>{loading ? 'Loading claims…' : emptyText}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
