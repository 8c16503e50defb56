import { useCallback, useEffect, useRef, useState } from 'react';
import type { VisibleClaims } from '../table/visible-claims';
import { moveTarget, nextAnchor, successorOf, type SelectionAnchor } from './selection-anchor';

/**
 * The selected claim, and moving it through the table's visible rows (read from the claims pane's
 * channel when a key moves, so typing in the filter does not render the workbench). When a change
 * moves the selected claim away (a mark, sorted or grouped by status) or out of the view (filtered
 * by status), the next move goes on from where it was (selection-anchor.ts). A project that opens
 * with nothing selected (none remembered) starts on the first claim the table shows, once it shows
 * any, so its details are there to check; later changes to the rows never choose for the checker.
 */
export function useSelection(
  visible: VisibleClaims,
  initial: string | null,
  /** True when the claim is no longer in the project (taken out, or its adding undone). */
  isGone: (claimId: string) => boolean,
) {
  const [selectedId, setSelectedId] = useState<string | null>(initial);
  const anchor = useRef<SelectionAnchor | null>(null);
  const startOnFirst = useRef(initial === null);

  // Where the selected claim was last seen in place: noted when it changes and whenever the view does.
  // A selected claim taken out of the project hands the selection to the line that takes its place,
  // so the checker goes on from there (details never go blank under them).
  useEffect(() => {
    const note = () => {
      if (startOnFirst.current && visible.ids.length > 0) {
        startOnFirst.current = false;
        if (selectedId === null) {
          setSelectedId(visible.ids[0]!);
          return; // noted again with it selected
        }
      }
      anchor.current = nextAnchor(visible.ids, selectedId, visible.arrangement, anchor.current);
      if (selectedId !== null && anchor.current && isGone(selectedId)) {
        const successor = successorOf(visible.ids, anchor.current);
        if (successor !== null) setSelectedId(successor);
      }
    };
    note();
    return visible.subscribe(note);
  }, [visible, selectedId, isGone]);

  const move = useCallback(
    (delta: 1 | -1): string | undefined => {
      const ids = visible.ids;
      const target = moveTarget(ids, selectedId, anchor.current, delta);
      if (target < 0) return undefined;
      const id = ids[target]!;
      setSelectedId(id);
      return id;
    },
    [visible, selectedId],
  );

  return { selectedId, select: setSelectedId, move };
}
