import type { ClaimStatus } from '../../shared/domain/enums';
import { STATUS_META } from '../lib/status';

/** A status as a small badge: icon and word, coloured, readable without colour. */
export function StatusBadge({ status }: { readonly status: ClaimStatus }) {
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
