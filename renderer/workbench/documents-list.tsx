import { memo } from 'react';
import type { DocumentListItem, StatusCounts } from '../../shared/ipc/views';
import { formatCount } from '../lib/format';
import { emptyCounts, progressOf } from '../lib/status';
import { ProgressBar } from './progress-summary';
import '../styles/documents.css';

interface DocumentsListProps {
  readonly documents: readonly DocumentListItem[];
  readonly countsByDocument: ReadonlyMap<string, StatusCounts>;
  readonly totals: StatusCounts;
  /** The document the table is narrowed to, or null for all. */
  readonly scope: string | null;
  readonly onScope: (documentId: string | null) => void;
}

function Progress({ counts }: { readonly counts: StatusCounts }) {
  const { checked, total } = progressOf(counts);
  return (
    <span className="doc-progress">
      <ProgressBar counts={counts} className="progress-bar-small" />
      <span className="doc-count">
        {formatCount(checked)}/{formatCount(total)}
        <span className="visually-hidden"> claims checked</span>
      </span>
    </span>
  );
}

interface DocumentItemProps {
  readonly document: DocumentListItem;
  readonly counts: StatusCounts;
  readonly current: boolean;
  readonly onScope: (documentId: string | null) => void;
}

/** One draft of the list. Memoized: a mark re-renders the one draft whose counts changed. */
const DocumentItem = memo(function DocumentItem({ document, counts, current, onScope }: DocumentItemProps) {
  return (
    <li>
      <button
        type="button"
        className="doc-item"
        aria-current={current ? 'true' : undefined}
        onClick={() => onScope(document.id)}
        title={document.fileName}
      >
        <span className="doc-title">{document.title || document.fileName}</span>
        <Progress counts={counts} />
      </button>
    </li>
  );
});

const NO_COUNTS = emptyCounts();

/**
 * The project's drafts with their progress; choosing one shows its text and narrows the table to it.
 * Memoized, so typing in the filter never re-renders thousands of drafts.
 */
export const DocumentsList = memo(function DocumentsList({
  documents,
  countsByDocument,
  totals,
  scope,
  onScope,
}: DocumentsListProps) {
  return (
    <nav className="doclist" aria-label="Documents">
      <h2 className="pane-title">
        Documents <span className="pane-count">{documents.length}</span>
      </h2>
      <ul className="doclist-items">
        <li>
          <button
            type="button"
            className="doc-item"
            aria-current={scope === null ? 'true' : undefined}
            onClick={() => onScope(null)}
          >
            <span className="doc-title">All documents</span>
            <Progress counts={totals} />
          </button>
        </li>
        {documents.map((document) => (
          <DocumentItem
            key={document.id}
            document={document}
            counts={countsByDocument.get(document.id) ?? NO_COUNTS}
            current={scope === document.id}
            onScope={onScope}
          />
        ))}
      </ul>
    </nav>
  );
});
