import type { SourceEntry } from '../../shared/ipc/views';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { isHttpUrl } from '../lib/format';
import { STANCE_META } from '../lib/status';

interface SourceItemProps {
  readonly source: SourceEntry;
  readonly selected: ClaimListRow | undefined;
  readonly claimText: (claimId: string) => string | undefined;
  readonly onShowClaim: (claimId: string) => void;
  readonly onReuse: (source: SourceEntry) => void;
}

/** One source: title, publisher, address; the claims that cite it (each a way to go there); reuse. */
export function SourceItem({ source, selected, claimText, onShowClaim, onReuse }: SourceItemProps) {
  const name = source.title || source.url || source.file?.name || 'Untitled source';
  const usedOnSelected = selected !== undefined && source.usages.some((u) => u.claimId === selected.id);
  return (
    <li className="source-item">
      <div className="source-head">
        <h3 className="source-title">{name}</h3>
        <button
          type="button"
          className="button"
          disabled={!selected || usedOnSelected}
          aria-label={`Reuse on the selected claim: ${name}`}
          title={usedOnSelected ? 'The selected claim already cites this source' : undefined}
          onClick={() => onReuse(source)}
        >
          Reuse
        </button>
      </div>
      <p className="citation-meta">
        {[source.publisher, source.date].filter(Boolean).join(' · ')}
        {source.url && (
          <>
            {source.publisher || source.date ? ' · ' : ''}
            {isHttpUrl(source.url) ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.url}
              </a>
            ) : (
              source.url
            )}
          </>
        )}
      </p>
      <ul className="source-usages" aria-label={`Where “${name}” is cited`}>
        {source.usages.map((usage) => (
          <li key={usage.citationId}>
            <span className={`stance-badge stance-${usage.stance}`}>
              <span aria-hidden="true">{STANCE_META[usage.stance].icon}</span>{' '}
              {STANCE_META[usage.stance].label}
            </span>
            <button type="button" className="link-button" onClick={() => onShowClaim(usage.claimId)}>
              {claimText(usage.claimId) ?? 'A claim no longer in the project'}
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
}
