import { useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import type { ClaimKind } from '../../shared/domain/enums';
import type { DocumentView } from '../../shared/ipc/views';
import { useDocumentSpans } from '../claims/use-claims';
import { languageName, plural } from '../lib/format';
import { segmentText } from './segments';
import { DraftText } from './draft-text';
import { StatusLegend } from './status-legend';
import { AddClaimPopover } from './add-claim-popover';
import { LanguagePicker } from './language-picker';
import { PublicationDateField } from './publication-date-field';
import { RefindIcon } from './draft-tool-icons';
import { useDraftSelection } from './use-draft-selection';
import { ChangedSinceMarks } from '../revisions/changed-since-marks';
import '../styles/draft.css';

interface DraftViewProps {
  readonly document: DocumentView | null;
  readonly loading: boolean;
  readonly selectedId: string | null;
  readonly onSelect: (claimId: string) => void;
  /** Makes the selected text a claim. */
  readonly onAddClaim: (documentId: string, start: number, end: number, kind: ClaimKind) => void;
  readonly onReextract: (documentId: string) => void;
  /** The checker says which language the draft is in: its claims are found again in it. */
  readonly onLanguage: (documentId: string, language: string) => void;
  /** The checker sets the draft's publication date: its dates are read again against it. */
  readonly onDate: (documentId: string, date: string | null) => void;
  /** More tools for the shown draft (its versions), beside Re-find claims. */
  readonly tools?: ReactNode;
}

/** Brings `element` to the middle of `container` when it is not fully in view. */
function revealInside(container: HTMLElement, element: HTMLElement) {
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  if (target.top >= box.top + 8 && target.bottom <= box.bottom - 8) return;
  const offset = target.top - box.top - box.height / 2 + target.height / 2;
  container.scrollTo({ top: container.scrollTop + offset });
}

/**
 * The draft's text with its claims highlighted by status; clicking a highlight selects its claim.
 * Selecting text (mouse, or Shift+arrows) offers Add claim.
 */
export function DraftView(props: DraftViewProps) {
  const { document, loading, selectedId, onSelect } = props;
  // Where the claims sit (the same array across marks): each highlight reads its claim's status itself.
  const spans = useDocumentSpans(document?.id ?? null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const popoverRef = useRef<HTMLFormElement>(null);
  const segments = useMemo(
    () => (document ? segmentText(document.text, spans, document.boilerplate) : []),
    [document, spans],
  );
  const caretStart = (selectedId && spans.find((span) => span.id === selectedId)?.start) || 0;
  const selection = useDraftSelection(articleRef, scrollRef, popoverRef, document?.text ?? null, caretStart);

  // Brought into view once per selection and draft: a mark re-colours the highlights but moves
  // nothing, and measuring would force a layout of the whole window on every mark.
  const revealed = useRef<{ id: string | null; document: DocumentView | null }>({ id: null, document: null });
  useEffect(() => {
    const container = scrollRef.current;
    if (!container || !selectedId) return;
    if (revealed.current.id === selectedId && revealed.current.document === document) return;
    const mark = container.querySelector<HTMLElement>(`mark[data-claims~="${CSS.escape(selectedId)}"]`);
    if (!mark) return;
    revealInside(container, mark);
    revealed.current = { id: selectedId, document };
  }, [selectedId, segments, document]);

  if (!document) {
    return (
      <div className="draft-empty" role="status">
        {loading ? 'Loading the draft…' : 'Select a document or a claim to read its draft here.'}
      </div>
    );
  }
  return (
    <div className="draft">
      <div className="draft-head">
        <div className="draft-head-text">
          <h2 className="draft-title">{document.title || document.fileName}</h2>
          <p className="draft-meta">
            {document.revision
              ? `${document.revision.fileName} (version ${(document.versions?.length ?? 0) + 1})`
              : document.fileName}
            {document.language ? ` · ${languageName(document.language)}` : ''} ·{' '}
            {plural(spans.length, 'claim')}
          </p>
        </div>
        {props.tools}
        <PublicationDateField
          key={document.id}
          documentId={document.id}
          date={document.documentDate}
          source={document.documentDateSource}
          onDate={props.onDate}
        />
        <LanguagePicker documentId={document.id} language={document.language} onLanguage={props.onLanguage} />
        <button
          type="button"
          className="button-quiet tool-button draft-tool"
          title="Find this draft's claims again; checked and manual claims stay as they are"
          onClick={() => props.onReextract(document.id)}
        >
          <RefindIcon />
          <span className="draft-tool-label">Re-find claims</span>
        </button>
        <StatusLegend />
      </div>
      <ChangedSinceMarks articleRef={articleRef} document={document} drawn={segments} />
      <div
        className="draft-scroll"
        ref={scrollRef}
        tabIndex={0}
        role="group"
        aria-label="Draft text"
        aria-description="Select text, or use Shift and the arrow keys, then press A to add it as a claim."
        onKeyDown={selection.onKeyDown}
      >
        <DraftText
          articleRef={articleRef}
          text={document.text}
          segments={segments}
          selectedId={selectedId}
          onSelect={onSelect}
        />
        {selection.chosen && (
          <AddClaimPopover
            chosen={selection.chosen}
            popoverRef={popoverRef}
            onCancel={() => {
              selection.clear();
              scrollRef.current?.focus();
            }}
            onAdd={(kind) => {
              const { start, end } = selection.chosen!;
              selection.clear();
              scrollRef.current?.focus();
              props.onAddClaim(document.id, start, end, kind);
            }}
          />
        )}
      </div>
    </div>
  );
}
