import type { Citation } from '../../shared/domain/claim';
import { formatDateTime, isHttpUrl } from '../lib/format';
import { STANCE_META } from '../lib/status';
import '../dialogs/citation-fields.css';

interface CitationsListProps {
  readonly citations: readonly Citation[];
  readonly onRemove: (citation: Citation) => void;
  readonly onEdit: (citation: Citation) => void;
  readonly busyId: string | null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The sources attached to a claim: stance, title, publisher, date, quote, and a way to remove each. */
export function CitationsList({ citations, onRemove, onEdit, busyId }: CitationsListProps) {
  if (citations.length === 0) {
    return <p className="details-empty">No citations yet. Add the sources you checked the claim against.</p>;
  }
  return (
    <ul className="citations">
      {citations.map((citation) => {
        const stance = STANCE_META[citation.stance];
        const name = citation.title || citation.url || citation.file?.name || 'Untitled source';
        const link = citation.url && isHttpUrl(citation.url) ? citation.url : undefined;
        return (
          <li key={citation.id} className="citation">
            <div className="citation-head">
              <span className={`stance-badge stance-${citation.stance}`}>
                <span aria-hidden="true">{stance.icon}</span> {stance.label}
              </span>
              <span className="citation-title">
                {link ? (
                  <a href={link} target="_blank" rel="noopener noreferrer">
                    {name}
                  </a>
                ) : (
                  name
                )}
              </span>
              <button
                type="button"
                className="button-quiet citation-edit"
                aria-label={`Edit citation: ${name}`}
                disabled={busyId === citation.id}
                onClick={() => onEdit(citation)}
              >
                Edit
              </button>
              <button
                type="button"
                className="button-quiet citation-remove"
                aria-label={`Remove citation: ${name}`}
                disabled={busyId === citation.id}
                onClick={() => onRemove(citation)}
              >
                Remove
              </button>
            </div>
            <p className="citation-meta">
              {[
                citation.publisher,
                citation.date,
                link ? hostOf(link) : citation.url,
                citation.locator,
                citation.confidential ? 'Confidential (withheld from reports)' : undefined,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {citation.archivedUrl && isHttpUrl(citation.archivedUrl) && (
              <p className="citation-meta">
                <a href={citation.archivedUrl} target="_blank" rel="noopener noreferrer">
                  Archived copy
                </a>{' '}
                · {hostOf(citation.archivedUrl)}
              </p>
            )}
            {citation.file && (
              <p className="citation-file">
                File: {citation.file.name} · sha256{' '}
                <code className="citation-hash">{citation.file.sha256}</code>
              </p>
            )}
            {citation.quote && <blockquote className="citation-quote">{citation.quote}</blockquote>}
            <p className="citation-added">
              Added by {citation.addedBy || 'someone'} on {formatDateTime(citation.addedAt)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
