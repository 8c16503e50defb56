import { useRef } from 'react';
import type { ReactNode } from 'react';
import type { ProjectPrefs } from '../hooks/use-project-prefs';
import { useElementHeight } from '../hooks/use-element-size';
import { useWindowWidth } from '../hooks/use-window-size';
import { DocumentsIcon } from './header-icons';
import { PaneSplitter } from './pane-splitter';

interface WorkbenchLayoutProps {
  readonly prefs: ProjectPrefs;
  readonly onPref: <K extends keyof ProjectPrefs>(key: K, value: ProjectPrefs[K]) => void;
  readonly documents: ReactNode;
  /** null when the project has no drafts yet (the table slot then shows how to import). */
  readonly draft: ReactNode;
  readonly table: ReactNode;
  readonly details: ReactNode;
  /** No claim is selected: the details pane holds only a hint, so it takes less room. */
  readonly detailsEmpty: boolean;
}

/** Below this window width the documents list starts folded away (the checker may unfold it). */
const DOCUMENTS_FOLD_BELOW = 1200;
const RAIL_WIDTH = 40;
const SPLITTER = 5;
/** The draft and table column never gets narrower than this. */
const CENTER_MIN = 520;
/** The details pane takes at most this share of what the documents list leaves. */
const DETAILS_SHARE = 0.34;
const DETAILS_MIN = 280;
const DETAILS_EMPTY = 240;
/** What the claims pane needs below the draft: its filter bar and six rows of the table. */
const TABLE_MIN = 340;
const DRAFT_MIN = 120;

/**
 * Documents | draft over table | details, with three splitters (drag, or arrow keys when focused).
 * Sizes are remembered per project and fitted to the window: the documents list folds into a rail on
 * narrow windows, the details pane takes at most a third of the room, and the draft never pushes the
 * table below six rows.
 */
export function WorkbenchLayout(props: WorkbenchLayoutProps) {
  const { prefs, onPref, documents, draft, table, details, detailsEmpty } = props;
  const width = useWindowWidth();
  const mainRef = useRef<HTMLElement>(null);
  const mainHeight = useElementHeight(mainRef);

  const documentsOpen = prefs.documentsOpen ?? width >= DOCUMENTS_FOLD_BELOW;
  const documentsMax = Math.max(150, Math.min(420, width - CENTER_MIN - DETAILS_MIN - 2 * SPLITTER));
  const documentsWidth = documentsOpen ? Math.min(prefs.documentsWidth, documentsMax) : RAIL_WIDTH;
  const room = width - documentsWidth - 2 * SPLITTER;
  const detailsMax = Math.max(DETAILS_MIN, Math.min(640, Math.floor(room * DETAILS_SHARE)));
  const detailsWidth = Math.max(DETAILS_MIN, Math.min(prefs.detailsWidth, detailsMax));
  const draftMax = mainHeight === null ? 900 : Math.max(DRAFT_MIN, mainHeight - TABLE_MIN - SPLITTER);
  const draftHeight = Math.max(DRAFT_MIN, Math.min(prefs.draftHeight, draftMax));
  const detailsColumn = detailsEmpty ? Math.min(detailsWidth, DETAILS_EMPTY) : detailsWidth;

  // The two side splitters sit at the edges of the main landmark, so every control is in one.
  return (
    <div
      className="wb-body"
      style={{ gridTemplateColumns: `${documentsWidth}px minmax(0, 1fr) ${detailsColumn}px` }}
    >
      {documentsOpen ? (
        documents
      ) : (
        <nav className="doclist-rail" aria-label="Documents">
          <button
            type="button"
            className="button-quiet button-icon"
            aria-expanded="false"
            title="Show the documents"
            onClick={() => onPref('documentsOpen', true)}
          >
            <DocumentsIcon />
            <span className="visually-hidden">Show documents</span>
          </button>
        </nav>
      )}
      <main className="wb-main" ref={mainRef}>
        {documentsOpen && (
          <PaneSplitter
            label="Resize documents"
            orientation="vertical"
            value={documentsWidth}
            min={150}
            max={documentsMax}
            step={16}
            perPixel={1}
            onChange={(value) => onPref('documentsWidth', value)}
          />
        )}
        <div className="wb-center">
          {draft !== null && (
            <>
              <section className="draft-pane" aria-label="Draft" style={{ flexBasis: draftHeight }}>
                {draft}
              </section>
              <PaneSplitter
                label="Resize draft"
                orientation="horizontal"
                value={draftHeight}
                min={DRAFT_MIN}
                max={draftMax}
                step={24}
                perPixel={1}
                onChange={(value) => onPref('draftHeight', value)}
              />
            </>
          )}
          {table}
        </div>
        <PaneSplitter
          label="Resize claim details"
          orientation="vertical"
          value={detailsColumn}
          min={DETAILS_MIN}
          max={detailsMax}
          step={16}
          perPixel={-1}
          onChange={(value) => onPref('detailsWidth', value)}
        />
      </main>
      {details}
    </div>
  );
}
