import { memo } from 'react';
import type { Row } from '@tanstack/react-table';
import type { MouseEvent } from 'react';
import type { ClaimRow } from '../../shared/ipc/views';
import { useLatestClaim } from '../hooks/claim-overlay';
import { CLAIM_CELLS } from './claim-columns';

interface ClaimTableRowProps {
  readonly row: Row<ClaimRow>;
  readonly line: number;
  readonly selected: boolean;
  /** Picked for a merge (Ctrl/Cmd-click, Shift-click, space). */
  readonly marked: boolean;
  /** The visible columns' ids, in order (the same array until the columns change). */
  readonly columnIds: readonly string[];
  readonly onRowClick: (claimId: string, event: MouseEvent) => void;
}

/**
 * One claim of the table. Memoized: a row re-renders only when its claim, its selection or the
 * columns change (the core row model keeps the Row object of a claim that did not change), or when a
 * change to its claim shows through the claim overlay before the table takes it in.
 */
export const ClaimTableRow = memo(function ClaimTableRow({
  row,
  line,
  selected,
  marked,
  columnIds,
  onRowClick,
}: ClaimTableRowProps) {
  const claim = useLatestClaim(row.original);
  const classes = ['claim-row'];
  if (selected) classes.push('is-selected');
  if (marked) classes.push('is-marked');
  return (
    <tr
      aria-rowindex={line + 2}
      aria-selected={selected || marked}
      className={classes.join(' ')}
      data-status={claim.status}
      data-claim-id={row.id}
      onClick={(event) => onRowClick(row.id, event)}
    >
      {columnIds.map((columnId) => (
        <td key={columnId} className={`cell-${columnId}`}>
          {columnId === 'text' && marked && <span className="visually-hidden">Picked. </span>}
          {CLAIM_CELLS[columnId]?.(claim)}
        </td>
      ))}
    </tr>
  );
});
