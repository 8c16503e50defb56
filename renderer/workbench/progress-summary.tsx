import type { StatusCounts } from '../../shared/ipc/views';
import { formatCount } from '../lib/format';
import { STATUSES, STATUS_META, progressOf } from '../lib/status';
import '../styles/progress.css';

/** A bar split by status (what is left stays as the track). Decorative: the numbers say it in words. */
export function ProgressBar({
  counts,
  className = '',
}: {
  readonly counts: StatusCounts;
  readonly className?: string;
}) {
  const { total } = progressOf(counts);
  return (
    <span className={`progress-bar ${className}`} aria-hidden="true">
      {total > 0 &&
        (['verified', 'disputed', 'unsourced'] as const).map((status) =>
          counts[status] > 0 ? (
            <span
              key={status}
              className={`progress-part status-${status}`}
              style={{ width: `${(counts[status] / total) * 100}%` }}
            />
          ) : null,
        )}
    </span>
  );
}

/**
 * Overall progress: % checked, checked of total, and the count of each status; in a shared project,
 * how many claims are contested (their competing verdicts count as unchecked, never as verified).
 */
export function ProgressSummary({
  counts,
  contested = 0,
}: {
  readonly counts: StatusCounts;
  readonly contested?: number;
}) {
  const { checked, total, percentText } = progressOf(counts);
  return (
    <div className="progress-summary">
      <div className="progress-line">
        <span className="progress-percent">{percentText}% checked</span>
        <span className="progress-of">
          {formatCount(checked)} of {formatCount(total)}
        </span>
        {contested > 0 && (
          <span className="progress-contested" title="Claims with competing verdicts or notes to settle">
            <span aria-hidden="true">⇄ </span>
            {formatCount(contested)} contested
          </span>
        )}
      </div>
      <ProgressBar counts={counts} />
      <ul className="progress-counts" aria-label="Claims by status">
        {STATUSES.map((status) => (
          <li key={status} className={`count-chip status-${status}`}>
            <span aria-hidden="true">{STATUS_META[status].icon}</span> {formatCount(counts[status])}{' '}
            <span className="count-label">{STATUS_META[status].label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
