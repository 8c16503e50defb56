import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { FocusEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { Range } from '@tanstack/react-virtual';
import type { DocumentEntry, StatusCounts } from '../../shared/ipc/views';
import type { DocumentAction } from '../documents/document-menu';
import { formatCount } from '../lib/format';
import { DocumentItem } from './document-item';
import { heightWithoutLayout } from './height-without-layout';
import '../styles/documents.css';

interface DocumentsListProps {
  readonly documents: readonly DocumentEntry[];
  /** The document the table is narrowed to, or null for all. */
  readonly scope: string | null;
  readonly onScope: (documentId: string | null) => void;
  /** A draft's actions menu chose an action (rename, remove). */
  readonly onAction: (documentId: string, action: DocumentAction) => void;
  /** Folds the list away into a rail (for room on a laptop). */
  readonly onFold: () => void;
  /** The project's counts as opened: "All documents" shows them until every claim is in. */
  readonly openingCounts: StatusCounts;
}

/** A draft whose title takes two lines (most do at the list's usual width); each is measured once drawn. */
const ESTIMATED_HEIGHT = 70;
/** "All documents": one line of title. */
const ALL_ITEM_HEIGHT = 52;
const BOTTOM_PADDING = 12;

/**
 * The project's drafts with their progress; choosing one shows its text and narrows the table to it.
 * "All documents" is item 0, the drafts follow. Only the items in view are in the page (a project may
 * hold thousands of drafts), and the list is memoized, so typing in the filter renders none of them.
 */
export const DocumentsList = memo(function DocumentsList({
  documents,
  scope,
  onScope,
  onAction,
  onFold,
  openingCounts,
}: DocumentsListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The focused item stays in the page while it scrolls out of view, so focus is never dropped.
  const focusedRef = useRef(-1);
  const count = documents.length + 1;

  const keyOf = useCallback((index: number) => (index === 0 ? '' : documents[index - 1]!.id), [documents]);
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedRef.current;
    if (focused < 0 || focused >= range.count || indexes.includes(focused)) return indexes;
    return [...indexes, focused].sort((a, b) => a - b);
  }, []);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (index === 0 ? ALL_ITEM_HEIGHT : ESTIMATED_HEIGHT),
    measureElement: heightWithoutLayout,
    getItemKey: keyOf,
    rangeExtractor,
    overscan: 8,
    paddingEnd: BOTTOM_PADDING,
  });

  // The chosen draft is scrolled into view, also when it was chosen elsewhere or before a reload.
  const scopeIndex = useMemo(
    () => (scope === null ? 0 : documents.findIndex((document) => document.id === scope) + 1),
    [documents, scope],
  );
  useEffect(() => {
    if (scopeIndex > 0) virtualizer.scrollToIndex(scopeIndex, { align: 'auto' });
  }, [scopeIndex, virtualizer]);

  function trackFocus(event: FocusEvent<HTMLUListElement>) {
    const item = event.target.closest<HTMLElement>('[data-index]');
    focusedRef.current = item ? Number(item.dataset.index) : -1;
  }

  return (
    <nav className="doclist" aria-label="Documents">
      <div className="pane-title-row">
        <h2 className="pane-title">
          Documents <span className="pane-count">{formatCount(documents.length)}</span>
        </h2>
        <button
          type="button"
          className="button-quiet button-icon doclist-fold"
          aria-expanded="true"
          title="Fold the documents away"
          onClick={onFold}
        >
          <span aria-hidden="true">«</span>
          <span className="visually-hidden">Hide documents</span>
        </button>
      </div>
      <div className="doclist-scroll" ref={scrollRef}>
        <ul
          className="doclist-items"
          style={{ height: virtualizer.getTotalSize() }}
          onFocus={trackFocus}
          onBlur={() => (focusedRef.current = -1)}
        >
          {virtualizer.getVirtualItems().map(({ index, start }) => {
            const document = index === 0 ? null : documents[index - 1]!;
            return (
              <DocumentItem
                key={document?.id ?? ''}
                documentId={document?.id ?? null}
                title={document ? document.title || document.fileName : 'All documents'}
                fileName={document?.fileName}
                current={document ? scope === document.id : scope === null}
                onScope={onScope}
                onAction={onAction}
                index={index}
                start={start}
                setSize={count}
                measure={virtualizer.measureElement}
                openingCounts={openingCounts}
              />
            );
          })}
        </ul>
      </div>
    </nav>
  );
});
