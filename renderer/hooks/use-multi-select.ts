import { useCallback, useState } from 'react';
import type { MouseEvent } from 'react';
import type { VisibleClaims } from '../table/visible-claims';

const NONE: ReadonlySet<string> = new Set();

/**
 * Claims picked for a merge: Ctrl/Cmd-click toggles one (with the selected claim), Shift-click picks
 * the range from the selected claim, space toggles the selected claim. A plain click clears them.
 */
export function useMultiSelect(
  visible: VisibleClaims,
  selectedId: string | null,
  select: (claimId: string) => void,
) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(NONE);

  const onRowClick = useCallback(
    (claimId: string, event: MouseEvent) => {
      if (event.shiftKey && selectedId !== null) {
        const ordered = visible.ids;
        const from = visible.indexOf(selectedId);
        const to = visible.indexOf(claimId);
        if (from >= 0 && to >= 0) {
          const [a, b] = from < to ? [from, to] : [to, from];
          setPicked(new Set(ordered.slice(a, b + 1)));
          window.getSelection()?.removeAllRanges();
          return;
        }
      }
      if (event.ctrlKey || event.metaKey) {
        setPicked((current) => {
          const next = new Set(current);
          if (next.size === 0 && selectedId !== null && selectedId !== claimId) next.add(selectedId);
          if (next.has(claimId)) next.delete(claimId);
          else next.add(claimId);
          return next;
        });
        select(claimId);
        return;
      }
      setPicked(NONE);
      select(claimId);
    },
    [visible, selectedId, select],
  );

  const toggle = useCallback((claimId: string) => {
    setPicked((current) => {
      const next = new Set(current);
      if (next.has(claimId)) next.delete(claimId);
      else next.add(claimId);
      return next;
    });
  }, []);
  const clear = useCallback(() => setPicked(NONE), []);

  return { picked, onRowClick, toggle, clear };
}
