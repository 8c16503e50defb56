import { useCallback, useEffect, useRef, useState } from 'react';
import type { Row } from '@tanstack/react-table';
import type { ClaimRow } from '../../shared/ipc/views';

/**
 * The selected claim, and moving it through the table's visible rows. When the selected claim
 * leaves the view (marked while filtered by status), the next move continues from where it was.
 */
export function useSelection(visible: readonly Row<ClaimRow>[], initial: string | null) {
  const [selectedId, setSelectedId] = useState<string | null>(initial);
  const lastIndex = useRef(-1);
  const selectedIndex = selectedId === null ? -1 : visible.findIndex((row) => row.id === selectedId);

  useEffect(() => {
    if (selectedIndex >= 0) lastIndex.current = selectedIndex;
  }, [selectedIndex]);

  const move = useCallback(
    (delta: 1 | -1): ClaimRow | undefined => {
      if (visible.length === 0) return undefined;
      let target: number;
      if (selectedIndex >= 0) target = selectedIndex + delta;
      else if (lastIndex.current >= 0) target = delta > 0 ? lastIndex.current : lastIndex.current - 1;
      else target = delta > 0 ? 0 : visible.length - 1;
      target = Math.max(0, Math.min(visible.length - 1, target));
      const row = visible[target]!;
      lastIndex.current = target;
      setSelectedId(row.id);
      return row.original;
    },
    [visible, selectedIndex],
  );

  return { selectedId, select: setSelectedId, move, selectedIndex };
}
