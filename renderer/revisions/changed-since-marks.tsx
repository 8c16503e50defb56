import { useEffect, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import type { DocumentView, VersionDiff } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { plural } from '../lib/format';
import { changedRanges, type TextRange } from './changed-ranges';
import '../styles/changed-since.css';

/** The highlight of what changed, styled with `::highlight(draft-changed)` over the claim marks. */
const HIGHLIGHT = 'draft-changed';

interface ChangedSinceMarksProps {
  readonly articleRef: RefObject<HTMLElement | null>;
  readonly document: DocumentView;
  /** Changes whenever the draft's runs are drawn anew, so the highlight is laid over them again. */
  readonly drawn: unknown;
}

/**
 * What changed since the last version, in the highlighted draft: a line above the text says it in
 * words, and the text the new version added or rewrote is underlined (a CSS highlight, so the claim
 * marks stay as they are), with a switch to hide the underline. Nothing shows for a draft never revised.
 */
export function ChangedSinceMarks({ articleRef, document, drawn }: ChangedSinceMarksProps) {
  const api = useApi();
  const version = (document.versions?.length ?? 0) + 1;
  const [loaded, setLoaded] = useState<{ readonly text: string; readonly diff: VersionDiff } | null>(null);
  const [shown, setShown] = useState(true);

  useEffect(() => {
    if (version < 2) return;
    let live = true;
    api.invoke('document:diff', { documentId: document.id, from: version - 1, to: version }).then(
      (diff) => live && setLoaded({ text: document.text, diff }),
      // An unreadable versions file shows no changes here; Compare versions says why.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, document.id, document.text, version]);

  const current = loaded && loaded.text === document.text && loaded.diff.documentId === document.id;
  const ranges = useMemo(() => (current ? changedRanges(loaded.diff) : null), [current, loaded]);

  useEffect(() => {
    const article = articleRef.current;
    const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
    if (!article || !ranges || !shown || !registry) return;
    registry.set(HIGHLIGHT, new Highlight(...ranges.added.flatMap((range) => domRange(article, range))));
    return () => {
      registry.delete(HIGHLIGHT);
    };
  }, [articleRef, ranges, shown, drawn]);

  if (!ranges) return null;
  const changed = ranges.added.length;
  const removed = ranges.removed > 0 ? `, ${plural(ranges.removed, 'passage')} removed` : '';
  const underlined = shown && changed > 0 ? ' (underlined in the draft)' : '';
  const sentence = `Changed since version ${version - 1}: ${plural(changed, 'passage')} added or rewritten${removed}${underlined}.`;
  return (
    <div className="changed-since" role="note" aria-label="Changed since the last version">
      {/* One line in a narrow pane, cut with an ellipsis: the whole sentence is its tooltip. */}
      <span className="changed-since-text" title={sentence}>
        {sentence}
      </span>
      <label className="changed-since-switch">
        <input type="checkbox" checked={shown} onChange={(event) => setShown(event.target.checked)} />
        Underline changes
      </label>
    </div>
  );
}

/** A DOM range over a stretch of the draft's text, found through its runs (each carries `data-start`). */
function domRange(article: HTMLElement, range: TextRange): Range[] {
  const from = pointAt(article, range.start, 'start');
  const to = pointAt(article, range.end, 'end');
  if (!from || !to) return [];
  const dom = new Range();
  dom.setStart(from.node, from.offset);
  dom.setEnd(to.node, to.offset);
  return [dom];
}

function pointAt(
  article: HTMLElement,
  offset: number,
  side: 'start' | 'end',
): { node: Node; offset: number } | null {
  for (const run of article.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(run.dataset.start);
    const length = run.textContent?.length ?? 0;
    const inside =
      side === 'start'
        ? offset >= start && offset < start + length
        : offset > start && offset <= start + length;
    if (inside && run.firstChild) return { node: run.firstChild, offset: offset - start };
  }
  return null;
}
