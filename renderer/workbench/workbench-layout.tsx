import type { ReactNode } from 'react';
import type { ProjectPrefs } from '../hooks/use-project-prefs';
import { PaneSplitter } from './pane-splitter';

interface WorkbenchLayoutProps {
  readonly prefs: ProjectPrefs;
  readonly onPref: <K extends keyof ProjectPrefs>(key: K, value: ProjectPrefs[K]) => void;
  readonly documents: ReactNode;
  /** null when the project has no drafts yet (the table slot then shows how to import). */
  readonly draft: ReactNode;
  readonly table: ReactNode;
  readonly details: ReactNode;
}

/**
 * Documents | draft over table | details, with three splitters (drag, or arrow keys when focused).
 * Sizes are remembered per project.
 */
export function WorkbenchLayout({ prefs, onPref, documents, draft, table, details }: WorkbenchLayoutProps) {
  return (
    <div
      className="wb-body"
      style={{
        gridTemplateColumns: `${prefs.documentsWidth}px 5px minmax(0, 1fr) 5px ${prefs.detailsWidth}px`,
      }}
    >
      {documents}
      <PaneSplitter
        label="Resize documents"
        orientation="vertical"
        value={prefs.documentsWidth}
        min={150}
        max={420}
        step={16}
        perPixel={1}
        onChange={(value) => onPref('documentsWidth', value)}
      />
      <main className="wb-main">
        {draft !== null && (
          <>
            <section className="draft-pane" aria-label="Draft" style={{ flexBasis: prefs.draftHeight }}>
              {draft}
            </section>
            <PaneSplitter
              label="Resize draft"
              orientation="horizontal"
              value={prefs.draftHeight}
              min={120}
              max={900}
              step={24}
              perPixel={1}
              onChange={(value) => onPref('draftHeight', value)}
            />
          </>
        )}
        {table}
      </main>
      <PaneSplitter
        label="Resize claim details"
        orientation="vertical"
        value={prefs.detailsWidth}
        min={280}
        max={640}
        step={16}
        perPixel={-1}
        onChange={(value) => onPref('detailsWidth', value)}
      />
      {details}
    </div>
  );
}
