import { useCallback, useState } from 'react';
import type { MouseEvent } from 'react';
import type { Row } from '@tanstack/react-table';
import type { ClaimRow } from '../../shared/ipc/views';

const NONE: ReadonlySet<string> = new Set();

/**
 * Claims picked for a merge: Ctrl/Cmd-click toggles one (with the selected claim), Shift-click picks
 * the range from the selected claim, space toggles the selected claim. A plain click clears them.
 */
export function useMultiSelect(
  ordered: readonly Row<ClaimRow>[],
  selectedId: string | null,
  select: (claimId: string) => void,
) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(NONE);

  const onRowClick = useCallback(
    (claimId: string, event: MouseEvent) => {
      if (event.shiftKey && selectedId !== null) {
        const from = ordered.findIndex((row) => row.id === selectedId);
        const to = ordered.findIndex((row) => row.id === claimId);
        if (from >= 0 && to >= 0) {
          const [a, b] = from < to ? [from, to] : [to, from];
          setPicked(new Set(ordered.slice(a, b + 1).map((row) => row.id)));
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
    [ordered, selectedId, select],
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
