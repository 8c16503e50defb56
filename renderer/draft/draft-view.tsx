import { useEffect, useMemo, useRef } from 'react';
import type { ClaimRow, DocumentView } from '../../shared/ipc/views';
import { plural } from '../lib/format';
import { segmentText } from './segments';
import { DraftText } from './draft-text';
import { StatusLegend } from './status-legend';
import '../styles/draft.css';

interface DraftViewProps {
  readonly document: DocumentView | null;
  readonly loading: boolean;
  /** The document's claims as the table knows them (current statuses). */
  readonly claims: readonly ClaimRow[];
  readonly selectedId: string | null;
  readonly onSelect: (claimId: string) => void;
}

/** Brings `element` to the middle of `container` when it is not fully in view. */
function revealInside(container: HTMLElement, element: HTMLElement) {
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  if (target.top >= box.top + 8 && target.bottom <= box.bottom - 8) return;
  const offset = target.top - box.top - box.height / 2 + target.height / 2;
  container.scrollTo({ top: container.scrollTop + offset });
}

/** The draft's text with its claims highlighted by status; clicking a highlight selects its claim. */
export function DraftView({ document, loading, claims, selectedId, onSelect }: DraftViewProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const segments = useMemo(
    () => (document ? segmentText(document.text, claims, document.boilerplate) : []),
    [document, claims],
  );
  const claimsById = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);

  useEffect(() => {
    const container = scrollRef.current;
    if (!container || !selectedId) return;
    const mark = container.querySelector<HTMLElement>(`mark[data-claims~="${CSS.escape(selectedId)}"]`);
    if (mark) revealInside(container, mark);
  }, [selectedId, segments]);

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
        <h2 className="draft-title">{document.title || document.fileName}</h2>
        <p className="draft-meta">
          {document.fileName}
          {document.documentDate ? ` · ${document.documentDate}` : ''} · {plural(claims.length, 'claim')}
        </p>
        <StatusLegend />
      </div>
      <div className="draft-scroll" ref={scrollRef} tabIndex={0}>
        <DraftText
          text={document.text}
          segments={segments}
          claimsById={claimsById}
          selectedId={selectedId}
          onSelect={onSelect}
        />
      </div>
    </div>
  );
}
