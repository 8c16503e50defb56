import { useCallback, useMemo, useRef, useState } from 'react';
import type { UndoResult } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import type { UndoRecorder } from './use-claim-actions';
import type { ClaimsStore } from './use-claims-store';

/** Undo and redo through `edit:undo` / `edit:redo`, with what happened said in words. */
export interface Undo {
  readonly recorder: UndoRecorder;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Grows with every undo or redo: fields that keep typed text remount to show the restored value. */
  readonly revision: number;
}

interface Group {
  readonly steps: number;
  readonly label: string | undefined;
}

/**
 * The backend keeps the undo history; this keeps only how many backend steps make each change the
 * checker made (an edited citation is two), so one Ctrl+Z takes back one change.
 */
export function useUndo(store: ClaimsStore, announce: (message: string) => void): Undo {
  const api = useApi();
  const { reportError } = useNotices();
  const undoGroups = useRef<Group[]>([]);
  const redoGroups = useRef<Group[]>([]);
  const busy = useRef<Promise<unknown>>(Promise.resolve());
  const [can, setCan] = useState({ undo: false, redo: false });
  const [revision, setRevision] = useState(0);
  const { apply } = store;

  const recorder = useMemo<UndoRecorder>(
    () => ({
      recorded: (label) => {
        undoGroups.current.push({ steps: 1, label });
        redoGroups.current = [];
        setCan({ undo: true, redo: false });
      },
      join: (steps, label) => {
        const groups = undoGroups.current;
        let total = 0;
        for (let i = 0; i < steps && groups.length > 0; i++) total += groups.pop()!.steps;
        groups.push({ steps: Math.max(1, total), label });
      },
    }),
    [],
  );

  const travel = useCallback(
    (direction: 'undo' | 'redo') => {
      const next = busy.current.then(async () => {
        const from = direction === 'undo' ? undoGroups : redoGroups;
        const to = direction === 'undo' ? redoGroups : undoGroups;
        const group = from.current.pop();
        const steps = group?.steps ?? 1;
        let last: UndoResult | null = null;
        try {
          for (let i = 0; i < steps; i++) {
            last = await api.invoke(direction === 'undo' ? 'edit:undo' : 'edit:redo', {});
            apply(last.changes);
            if (last.label === null) break;
          }
        } catch (error) {
          reportError(error);
          return;
        }
        if (!last) return;
        if (last.label === null) {
          announce(direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
        } else {
          to.current.push({ steps, label: group?.label });
          announce(`${direction === 'undo' ? 'Undid' : 'Redid'} ${group?.label ?? last.label}.`);
        }
        setRevision((n) => n + 1);
        if (!last.canUndo) undoGroups.current = [];
        if (!last.canRedo) redoGroups.current = [];
        setCan({ undo: last.canUndo, redo: last.canRedo });
      });
      busy.current = next;
      return next;
    },
    [api, apply, announce, reportError],
  );

  const undo = useCallback(() => travel('undo'), [travel]);
  const redo = useCallback(() => travel('redo'), [travel]);
  return { recorder, undo, redo, canUndo: can.undo, canRedo: can.redo, revision };
}
