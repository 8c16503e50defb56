import { useCallback, useMemo, useRef, useState } from 'react';
import type { ProjectView, UndoResult } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import type { UndoRecorder } from './use-claim-actions';
import type { ClaimsStore } from '../claims/claims-store';

/** Undo and redo through `edit:undo` / `edit:redo`, with what happened said in words. */
export interface Undo {
  readonly recorder: UndoRecorder;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Grows with every undo or redo: fields that keep typed text remount to show the restored value. */
  readonly revision: number;
  /** The documents the last undo or redo changed (their header may show a date or language it put back). */
  readonly touched: readonly string[];
}

/**
 * The backend keeps the undo history and the words for each step (core/claims/undo-labels.ts); an
 * undo says what it took back in those words, after a reload too. A step that changed the project's
 * drafts (one imported, removed or renamed) comes back with the project as it now is, for `onProject`.
 */
export function useUndo(
  store: ClaimsStore,
  announce: (message: string) => void,
  onProject: (project: ProjectView) => void,
): Undo {
  const api = useApi();
  const { reportError } = useNotices();
  const busy = useRef<Promise<unknown>>(Promise.resolve());
  const [can, setCan] = useState({ undo: false, redo: false });
  const [revision, setRevision] = useState(0);
  const [touched, setTouched] = useState<readonly string[]>([]);

  const recorder = useMemo<UndoRecorder>(() => ({ recorded: () => setCan({ undo: true, redo: false }) }), []);

  const travel = useCallback(
    (direction: 'undo' | 'redo') => {
      const next = busy.current.then(async () => {
        let result: UndoResult;
        try {
          result = await api.invoke(direction === 'undo' ? 'edit:undo' : 'edit:redo', {});
          store.apply(result.changes);
          if (result.project) onProject(result.project);
        } catch (error) {
          reportError(error);
          return;
        }
        const verb = direction === 'undo' ? 'Undid' : 'Redid';
        announce(result.label === null ? `Nothing to ${direction}.` : `${verb} ${result.label}.`);
        setTouched([...new Set(result.changes.updated.map((row) => row.documentId))]);
        setRevision((n) => n + 1);
        setCan({ undo: result.canUndo, redo: result.canRedo });
      });
      busy.current = next;
      return next;
    },
    [api, store, announce, reportError, onProject],
  );

  const undo = useCallback(() => travel('undo'), [travel]);
  const redo = useCallback(() => travel('redo'), [travel]);
  return { recorder, undo, redo, canUndo: can.undo, canRedo: can.redo, revision, touched };
}
