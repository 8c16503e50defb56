import { memo } from 'react';
import type { MouseEvent } from 'react';
import { useClaim } from '../claims/use-claims';
import { CLAIM_CELLS } from './claim-columns';

interface ClaimTableRowProps {
  readonly claimId: string;
  readonly line: number;
  readonly selected: boolean;
  /** Picked for a merge (Ctrl/Cmd-click, Shift-click, space). */
  readonly marked: boolean;
  /** The visible columns' ids, in order (the same array until the columns change). */
  readonly columnIds: readonly string[];
  readonly onRowClick: (claimId: string, event: MouseEvent) => void;
}

/**
 * One claim of the table. It reads its claim from the claims store and subscribes to that claim
 * alone, so a mark re-renders this row (in the frame after the key) and no other; memoized, so the
 * table's renders pass it by unless its claim id, selection or the columns change.
 */
export const ClaimTableRow = memo(function ClaimTableRow({
  claimId,
  line,
  selected,
  marked,
  columnIds,
  onRowClick,
}: ClaimTableRowProps) {
  const claim = useClaim(claimId);
  if (!claim) return null;
  const classes = ['claim-row'];
  if (selected) classes.push('is-selected');
  if (marked) classes.push('is-marked');
  return (
    <tr
      aria-rowindex={line + 2}
      aria-selected={selected || marked}
      className={classes.join(' ')}
      data-status={claim.status}
      data-claim-id={claimId}
      onClick={(event) => onRowClick(claimId, event)}
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
