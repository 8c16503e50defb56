import { useId } from 'react';
import type { CheckedBeforeMatch } from '../../shared/ipc/checked-before';
import { formatDateTime, isHttpUrl, plural } from '../lib/format';
import { STANCE_META } from '../lib/status';
import { StatusBadge } from '../workbench/status-badge';
import { verdictDay } from './verdict-sentence';

interface CheckedBeforeItemProps {
  readonly match: CheckedBeforeMatch;
  readonly busy: boolean;
  readonly onOpen: () => void;
  readonly onReuse: () => void;
  readonly onCopy: () => void;
}

const BASIS: Record<CheckedBeforeMatch['basis'], string> = {
  figure: 'same figure',
  date: 'same date',
  quote: 'same quote',
  words: 'same words',
};

/** One earlier verdict: where and when it was given, by whom, its note and sources, and what to do with it. */
export function CheckedBeforeItem({ match, busy, onOpen, onReuse, onCopy }: CheckedBeforeItemProps) {
  const project = match.projectTitle || 'Untitled project';
  const projectId = useId();
  return (
    <li className="seen-item">
      <div className="seen-head">
        <StatusBadge status={match.status} />
        <span
          id={projectId}
          className="seen-project"
          title={`${match.project}${match.documentTitle ? ` — ${match.documentTitle}` : ''}`}
        >
          {project}
        </span>
        <span className="seen-when" title={formatDateTime(match.checkedAt)}>
          {verdictDay(match.checkedAt)}
        </span>
      </div>
      <p className="seen-meta">
        {match.checker ? `by ${match.checker}` : 'checker not recorded'} · {BASIS[match.basis]}
        {match.encrypted ? ' · encrypted, unlocked in this app' : ''}
      </p>
      <blockquote className="seen-text">{match.text || match.quote}</blockquote>
      {match.note && <p className="seen-note">{match.note}</p>}
      {match.citations.length > 0 && (
        <ul className="seen-citations" aria-label={`Citations in ${project}`}>
          {match.citations.map((citation) => {
            const name = citation.title || citation.url || citation.file?.name || 'Untitled source';
            const link = citation.url && isHttpUrl(citation.url) ? citation.url : undefined;
            return (
              <li key={citation.id}>
                <span className={`seen-stance stance-${citation.stance}`}>
                  {STANCE_META[citation.stance].label}
                </span>{' '}
                {link ? (
                  <a href={link} target="_blank" rel="noopener noreferrer">
                    {name}
                  </a>
                ) : (
                  name
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="seen-actions">
        <button
          type="button"
          className="button-quiet"
          aria-label={`Open ${project}`}
          disabled={busy}
          onClick={onOpen}
        >
          Open
        </button>
        <button
          type="button"
          className="button-quiet"
          aria-label={`Reuse citations from ${project}`}
          title={`Adds copies of its ${plural(match.citations.length, 'citation')} to this claim`}
          disabled={busy || match.citations.length === 0}
          onClick={onReuse}
        >
          Reuse citations
        </button>
        <button
          type="button"
          className="button-quiet"
          aria-describedby={projectId}
          disabled={busy}
          onClick={onCopy}
        >
          Copy verdict into note
        </button>
      </div>
    </li>
  );
}
