import type { ClaimStatus } from '../../shared/domain/enums';
import { STATUS_META } from '../lib/status';

interface StatusBadgeProps {
  readonly status: ClaimStatus;
  /**
   * A new version of the draft changed the claim's words or took them away: its verdict belongs to
   * words no longer there, so the badge says it needs a re-check instead of showing that verdict.
   */
  readonly recheck?: 'changed' | 'orphaned' | null;
}

/** A status as a small badge: icon and word, coloured, readable without colour. */
export function StatusBadge({ status, recheck = null }: StatusBadgeProps) {
  if (recheck) {
    const was = status === 'unchecked' ? '' : `; it was ${STATUS_META[status].label}`;
    return (
      <span
        className="status-badge status-unchecked status-recheck"
        title={`${recheck === 'changed' ? 'Its words changed in a new version' : 'Its words are gone from the new version'}${was}. Mark it again once checked.`}
      >
        <span className="status-icon" aria-hidden="true">
          {recheck === 'changed' ? '↻' : '⌀'}
        </span>
        {/* One short word, so the badge fits the Status column's first width (its title says the rest). */}
        {recheck === 'changed' ? 'Re-check' : 'Orphaned'}
      </span>
    );
  }
  const meta = STATUS_META[status];
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-icon" aria-hidden="true">
        {meta.icon}
      </span>
      {meta.label}
    </span>
  );
}
