import { useCallback, useState } from 'react';
import type { ProjectView } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import type { ClaimsStore } from '../claims/claims-store';
import type { DocumentDialog } from '../documents/document-dialogs';
import type { DocumentAction } from '../documents/document-menu';
import type { UndoRecorder } from '../hooks/use-claim-actions';

interface DocumentChangesOptions {
  readonly project: ProjectView;
  readonly store: ClaimsStore;
  /** Reads every claim row again (rows carry their draft's title). */
  readonly reload: () => Promise<void>;
  readonly recorder: UndoRecorder;
  readonly onProject: (project: ProjectView) => void;
  /** A draft is gone: what showed it (the scope, the draft view) lets go of it. */
  readonly onGone: (documentId: string) => void;
}

/**
 * Renaming and removing drafts (the documents list's actions menu): each is one undo step, and the
 * documents list, the table and the draft follow at once. Removal names the backup taken before it.
 */
export function useDocumentChanges({
  project,
  store,
  reload,
  recorder,
  onProject,
  onGone,
}: DocumentChangesOptions) {
  const api = useApi();
  const { notify } = useNotices();
  const [dialog, setDialog] = useState<DocumentDialog>(null);
  const titleOf = useCallback(
    (documentId: string) => {
      const document = project.documents.find((entry) => entry.id === documentId);
      return document ? document.title || document.fileName : 'the draft';
    },
    [project.documents],
  );

  const rename = useCallback(
    async (documentId: string, title: string) => {
      const before = titleOf(documentId);
      const view = await api.invoke('document:rename', { documentId, title });
      onProject(view);
      recorder.recorded();
      await reload();
      notify(`Renamed “${before}” to “${title.trim()}”.`);
    },
    [api, notify, onProject, recorder, reload, titleOf],
  );

  const remove = useCallback(
    async (documentId: string) => {
      const title = titleOf(documentId);
      const result = await api.invoke('document:remove', { documentId });
      onGone(documentId);
      store.apply({ updated: [], removed: result.removed });
      onProject(result.project);
      recorder.recorded();
      notify(
        result.backup
          ? `Removed “${title}”. The backup ${result.backup} holds it, and Undo puts it back.`
          : `Removed “${title}”. Undo puts it back.`,
      );
    },
    [api, notify, onGone, onProject, recorder, store, titleOf],
  );

  /** The actions menu chose an action: its dialog opens (stable, so the memoized list keeps its items). */
  const open = useCallback((documentId: string, kind: DocumentAction) => setDialog({ kind, documentId }), []);

  return { dialog, setDialog, open, rename, remove };
}
