import { plural } from '../lib/format';

interface MergeBarProps {
  readonly count: number;
  readonly onMerge: () => void;
  readonly onClear: () => void;
}

/** Shown while claims are picked (Ctrl/Cmd-click, Shift-click, space): merge them, or let go. */
export function MergeBar({ count, onMerge, onClear }: MergeBarProps) {
  return (
    <div className="merge-bar" role="group" aria-label="Picked claims">
      <span role="status">{plural(count, 'claim')} picked</span>
      <button
        type="button"
        className="button"
        disabled={count < 2}
        aria-keyshortcuts="m"
        onClick={onMerge}
        title="Merge the picked claims of one document into one (m)"
      >
        Merge
      </button>
      <button type="button" className="button-quiet" onClick={onClear}>
        Clear
      </button>
    </div>
  );
}
