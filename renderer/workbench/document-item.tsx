import { memo } from 'react';
import type { StatusCounts } from '../../shared/ipc/views';
import { useClaimStats, useProjectProgress } from '../claims/use-claims';
import { formatCount } from '../lib/format';
import { progressOf } from '../lib/status';
import { DocumentMenu, type DocumentAction } from '../documents/document-menu';
import { ProgressBar } from './progress-summary';

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

/** One draft's progress, from the claims store: a mark re-renders this and nothing else of the list. */
function DocumentProgress({ documentId }: { readonly documentId: string }) {
  return <Progress counts={useClaimStats(documentId).counts} />;
}

/** The project's progress, as the header gives it (its counts as opened while the list arrives). */
function AllDocumentsProgress({ openingCounts }: { readonly openingCounts: StatusCounts }) {
  return <Progress counts={useProjectProgress(openingCounts).counts} />;
}

interface DocumentItemProps {
  /** The draft's id, or null for "All documents". */
  readonly documentId: string | null;
  readonly title: string;
  /** The file name, shown on hover. */
  readonly fileName?: string;
  readonly current: boolean;
  readonly onScope: (documentId: string | null) => void;
  /** A draft's actions menu chose an action; without it the item has no menu. */
  readonly onAction?: (documentId: string, action: DocumentAction) => void;
  /** Where the list's virtualizer placed the item: its index, its offset, and the list's length. */
  readonly index: number;
  readonly start: number;
  readonly setSize: number;
  readonly measure: (element: HTMLLIElement | null) => void;
  /** The project's counts as opened, for "All documents" until every claim is in. */
  readonly openingCounts: StatusCounts;
}

/**
 * One entry of the documents list, placed by the list's virtualizer. Its progress reads the claims
 * store (for "All documents", as the header does), so a mark re-renders only the progress it changed.
 */
export const DocumentItem = memo(function DocumentItem({
  documentId,
  title,
  fileName,
  current,
  onScope,
  onAction,
  index,
  start,
  setSize,
  measure,
  openingCounts,
}: DocumentItemProps) {
  return (
    <li
      ref={measure}
      className="doclist-item"
      data-index={index}
      // Only the drafts in view exist in the page; these say where this one sits in the whole list.
      aria-posinset={index + 1}
      aria-setsize={setSize}
      style={{ transform: `translateY(${start}px)` }}
    >
      <button
        type="button"
        className="doc-item"
        aria-current={current ? 'true' : undefined}
        onClick={() => onScope(documentId)}
        title={fileName}
      >
        <span className="doc-title">{title}</span>
        {documentId === null ? (
          <AllDocumentsProgress openingCounts={openingCounts} />
        ) : (
          <DocumentProgress documentId={documentId} />
        )}
      </button>
      {documentId && onAction && (
        <DocumentMenu title={title} tabbable={current} onAction={(action) => onAction(documentId, action)} />
      )}
    </li>
  );
});
