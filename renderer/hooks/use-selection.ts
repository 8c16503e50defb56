import { useCallback, useEffect, useRef, useState } from 'react';
import type { VisibleClaims } from '../table/visible-claims';

/**
 * The selected claim, and moving it through the table's visible rows (read from the claims pane's
 * channel when a key moves, so typing in the filter does not render the workbench). When the
 * selected claim leaves the view (marked while filtered by status), the next move continues from
 * where it was.
 */
export function useSelection(visible: VisibleClaims, initial: string | null) {
  const [selectedId, setSelectedId] = useState<string | null>(initial);
  const lastIndex = useRef(-1);

  // Where the selected claim was last seen: noted when it changes and whenever the view changes.
  useEffect(() => {
    const note = () => {
      const index = visible.indexOf(selectedId);
      if (index >= 0) lastIndex.current = index;
    };
    note();
    return visible.subscribe(note);
  }, [visible, selectedId]);

  const move = useCallback(
    (delta: 1 | -1): string | undefined => {
      const ids = visible.ids;
      if (ids.length === 0) return undefined;
      const selectedIndex = visible.indexOf(selectedId);
      let target: number;
      if (selectedIndex >= 0) target = selectedIndex + delta;
      else if (lastIndex.current >= 0) target = delta > 0 ? lastIndex.current : lastIndex.current - 1;
      else target = delta > 0 ? 0 : ids.length - 1;
      target = Math.max(0, Math.min(ids.length - 1, target));
      const id = ids[target]!;
      lastIndex.current = target;
      setSelectedId(id);
      return id;
    },
    [visible, selectedId],
  );

  return { selectedId, select: setSelectedId, move };
}
