import { STATUSES, STATUS_META } from '../lib/status';

/** How highlights show each status: colour, underline and icon together. */
export function StatusLegend() {
  return (
    <ul className="status-legend" aria-label="Highlight legend">
      {STATUSES.map((status) => (
        <li key={status}>
          <span className={`claim-mark is-end legend-sample status-${status}`} aria-hidden="true">
            claim
          </span>
          <span className="legend-label">{STATUS_META[status].label}</span>
        </li>
      ))}
      <li>
        <span className="draft-boilerplate legend-sample" aria-hidden="true">
          text
        </span>
        <span className="legend-label">Boilerplate</span>
      </li>
    </ul>
  );
}
