import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { STATUS_META } from '../lib/status';
import '../styles/revisions.css';

/**
 * The table's cue for a claim a new version of its draft changed or took away; nothing otherwise.
 * A compact glyph (its name for screen readers, the detail in its title), so the claim keeps its room.
 */
export function RevisionCue({ claim }: { readonly claim: ClaimListRow }) {
  if (claim.anchoring === 'orphaned') {
    return (
      <span
        className="cue cue-recheck"
        title="Orphaned: its text is gone from the current version of the draft"
      >
        <span aria-hidden="true">⌀</span>
        <span className="visually-hidden">Orphaned</span>
      </span>
    );
  }
  if (!claim.needsRecheck) return null;
  const was = claim.previous
    ? `: was “${claim.previous.quote}”, ${STATUS_META[claim.previous.status].label}`
    : '';
  return (
    <span className="cue cue-recheck" title={`Needs recheck${was}`}>
      <span aria-hidden="true">↻</span>
      <span className="visually-hidden">Needs recheck</span>
    </span>
  );
}

/**
 * Under the claim in Claim details: what a new version of the draft did to it, with the text and
 * verdict it had before. Marking the claim again settles the recheck.
 */
export function RevisionFlag({ claim }: { readonly claim: ClaimListRow }) {
  const previous = claim.previous;
  if (!previous || (!claim.needsRecheck && claim.anchoring !== 'orphaned')) return null;
  const was = STATUS_META[previous.status].label;
  const version = previous.version + 1;
  return (
    <div className="revision-flag" role="note" aria-label="Revision">
      <p className="revision-flag-head">
        <span aria-hidden="true">{claim.anchoring === 'orphaned' ? '⌀ ' : '↻ '}</span>
        {claim.anchoring === 'orphaned'
          ? `Orphaned: text gone in version ${version}`
          : `Needs recheck — was ${was}`}
      </p>
      <p className="revision-flag-was">
        {claim.anchoring === 'orphaned' ? `Was ${was}: ` : `Before version ${version}: `}“{previous.quote}”
      </p>
      {claim.needsRecheck && (
        <p className="revision-flag-hint">Mark the claim again to settle the recheck.</p>
      )}
    </div>
  );
}
