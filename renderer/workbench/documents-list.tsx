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

/** The project's drafts with their progress; choosing one shows its text and narrows the table to it. */
export function DocumentsList({ documents, countsByDocument, totals, scope, onScope }: DocumentsListProps) {
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
          <li key={document.id}>
            <button
              type="button"
              className="doc-item"
              aria-current={scope === document.id ? 'true' : undefined}
              onClick={() => onScope(document.id)}
              title={document.fileName}
            >
              <span className="doc-title">{document.title || document.fileName}</span>
              <Progress counts={countsByDocument.get(document.id) ?? emptyCounts()} />
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
