import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimKind, ClaimStatus } from '../../shared/domain/enums';
import type { ClaimsPage } from '../../shared/ipc/claim-list-row';
import type { AppInfo, ProjectView, RevisionResult } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import { useClaimsComplete, useClaimsLoaded, useProjectClaims } from '../claims/use-claims';
import { useDesk } from '../desk/use-desk';
import { useClaimActions } from '../hooks/use-claim-actions';
import { useClaimEdits } from '../hooks/use-claim-edits';
import { useDocument } from '../hooks/use-document';
import { useEscapeToTable } from '../hooks/use-escape-to-table';
import { useFileDrop } from '../hooks/use-file-drop';
import { useImport } from '../hooks/use-import';
import { useImportProgress } from '../hooks/use-import-progress';
import { useMultiSelect } from '../hooks/use-multi-select';
import { useProjectPrefs } from '../hooks/use-project-prefs';
import { useSelection } from '../hooks/use-selection';
import { useUndo } from '../hooks/use-undo';
import { useUndoKeys } from '../hooks/use-undo-keys';
import { asSentence, languageName, plural } from '../lib/format';
import { STATUS_META } from '../lib/status';
import { useVisibleClaimsChannel } from '../table/visible-claims';
import { revisionMessage } from '../revisions/version-tools';
import { useAnnouncer } from './announcer';
import { useDocumentChanges } from './use-document-changes';
import { useWorkbenchShortcuts } from './use-workbench-shortcuts';
import type { OpenDialog } from './workbench-dialogs';
import { claimsTableElement } from '../table/claims-table-focus';

export interface WorkbenchProps {
  readonly info: AppInfo;
  readonly project: ProjectView;
  readonly onInfo: (info: AppInfo) => void;
  readonly onProject: (project: ProjectView | null) => void;
  /** The project came back from a backup: the workbench starts afresh on it. */
  readonly onReopened: (project: ProjectView) => void;
  /** The first page of claims, when the app asked for it at start beside the project (given once). */
  readonly takeFirstPage?: () => ClaimsPage | null;
}

/**
 * The workbench's controller: the claims store, the selection and scope, the open dialog, imports,
 * undo, and the keyboard. The layout (workbench.tsx) renders what this returns.
 */
export function useWorkbench({ info, project, onProject, takeFirstPage }: WorkbenchProps) {
  const api = useApi();
  const { reportError, notify } = useNotices();
  const { prefs, update } = useProjectPrefs(project.id);
  const announcer = useAnnouncer();
  const { say } = announcer;
  const { store, reload } = useProjectClaims(takeFirstPage);
  const loaded = useClaimsLoaded(store);
  const complete = useClaimsComplete(store);
  const [scope, setScope] = useState<string | null>(prefs.scope);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  // The claims pane owns the filter and publishes what it shows here (see visible-claims.ts).
  const visible = useVisibleClaimsChannel();
  // Gone only once every claim is in: while the list arrives, a selection kept from last time waits.
  const isGone = useCallback(
    (claimId: string) => store.complete && store.get(claimId) === undefined,
    [store],
  );
  const { selectedId, select, move } = useSelection(visible, prefs.selectedId, isGone);
  const multi = useMultiSelect(visible, selectedId, select);
  // Read, not subscribed: which document a claim is in does not change with a mark.
  const selectedDocument = store.get(selectedId)?.documentId;
  const draftId = scope ?? selectedDocument ?? project.documents[0]?.id ?? null;
  const { document, loading, forget: forgetDocument, refresh: refreshDocument } = useDocument(draftId);
  // An undo or redo that changed the drafts (one put back, removed or renamed): they show as they now are.
  const draftsChanged = useCallback(
    (view: ProjectView) => {
      for (const entry of view.documents) forgetDocument(entry.id);
      onProject(view);
      void reload();
    },
    [forgetDocument, onProject, reload],
  );
  const history = useUndo(store, say, draftsChanged);
  const actions = useClaimActions(store, history.recorder);
  const edits = useClaimEdits(store, history.recorder);
  // An undo or redo may put back a draft's publication date or language, shown in its header.
  useEffect(() => {
    if (draftId !== null && history.touched.includes(draftId)) refreshDocument(draftId);
  }, [history.touched, draftId, refreshDocument]);

  // Choosing a draft selects its first claim as the table shows it (so the details and `j` start
  // there): the table publishes its rows for the new scope, and the first is selected then.
  const firstOfScope = useRef(false);
  const chooseScope = useCallback(
    (documentId: string | null) => {
      if (documentId === scope) return;
      firstOfScope.current = documentId !== null;
      setScope(documentId);
    },
    [scope],
  );
  useEffect(
    () =>
      visible.subscribe(() => {
        if (!firstOfScope.current) return;
        firstOfScope.current = false;
        const first = visible.ids[0];
        if (first !== undefined) select(first);
      }),
    [visible, select],
  );

  useEffect(() => update('selectedId', selectedId), [update, selectedId]);
  useEffect(() => update('scope', scope), [update, scope]);

  const onImported = useCallback(async () => {
    try {
      const [view] = await Promise.all([api.invoke('project:current', {}), reload()]);
      onProject(view);
    } catch (error) {
      reportError(error);
    }
  }, [api, onProject, reportError, reload]);
  const onRevised = useCallback(
    (result: RevisionResult) => {
      forgetDocument(result.documentId);
      say(revisionMessage(result));
      void onImported();
    },
    [forgetDocument, say, onImported],
  );
  const imports = useImport(() => {
    history.recorder.recorded(); // an import is an undo step: undo takes its drafts out again
    void onImported();
  }, onRevised);
  const { busy: importing, importWithPicker, importFiles } = imports;
  const documents = useDocumentChanges({
    project,
    store,
    reload,
    recorder: history.recorder,
    onProject,
    onGone: (documentId) => {
      forgetDocument(documentId);
      if (scope === documentId) setScope(null);
    },
  });
  // After a sync, the claims (and the draft shown) are read again through the normal path.
  const desk = useDesk(
    useCallback(async () => {
      if (draftId) forgetDocument(draftId);
      await onImported();
    }, [draftId, forgetDocument, onImported]),
  );
  const dragging = useFileDrop((files) => void importFiles(files));
  const progress = useImportProgress(importing);
  const startImport = useCallback(() => {
    if (info.mode === 'desktop') void importWithPicker();
    else fileRef.current?.click();
  }, [info.mode, importWithPicker]);

  const mark = useCallback(
    (status: Exclude<ClaimStatus, 'unchecked'>) => {
      // The store holds the claim as it shows now (a mark is taken in before the server answers), so a
      // second key toggles what shows.
      const claim = store.get(selectedId);
      if (!claim) return;
      const next = claim.status === status ? 'unchecked' : status;
      void actions.setStatus(claim.id, next);
      say(`Marked ${STATUS_META[next].label.toLowerCase()}.`);
    },
    [actions, store, selectedId, say],
  );
  const merge = useCallback(async () => {
    if (multi.picked.size < 2) return;
    const changes = await edits.merge([...multi.picked]);
    if (!changes) return;
    multi.clear();
    const kept = changes.updated[0];
    if (kept) select(kept.id);
    say(`Merged ${multi.picked.size} claims.`);
  }, [edits, multi, select, say]);
  const addClaim = useCallback(
    (documentId: string, start: number, end: number, kind: ClaimKind) =>
      void edits.addClaim(documentId, start, end, kind).then((changes) => {
        const added = changes?.updated.find((c) => c.start === start) ?? changes?.updated[0];
        if (!added) return;
        select(added.id);
        say(`Added the claim “${added.quote}”.`);
      }),
    [edits, select, say],
  );
  const reextract = useCallback(
    (documentId: string) =>
      void edits.reextract(documentId).then((changes) => {
        if (changes)
          say(
            `Found claims again: ${changes.updated.length} new or changed, ${changes.removed.length} gone.`,
          );
      }),
    [edits, say],
  );
  /** The checker corrects a draft's language: its claims are found again reading it in that language. */
  const setLanguage = useCallback(
    (documentId: string, language: string) =>
      void edits.setLanguage(documentId, language).then((changes) => {
        if (!changes) return;
        forgetDocument(documentId);
        say(
          `Found claims again in ${languageName(language)}: ${changes.updated.length} new or changed, ${changes.removed.length} gone.`,
        );
      }),
    [edits, forgetDocument, say],
  );
  /** The checker sets a draft's publication date: its relative dates are read again against it. */
  const setPublicationDate = useCallback(
    (documentId: string, date: string | null) =>
      void edits.setDate(documentId, date).then((changes) => {
        if (!changes) return;
        refreshDocument(documentId);
        const dates = plural(changes.updated.length, 'claim');
        say(
          date
            ? `Publication date set to ${date}: dates read again in ${dates}.`
            : `Publication date removed: dates read again in ${dates}.`,
        );
      }),
    [edits, refreshDocument, say],
  );
  const dismiss = useCallback(
    (claimId: string) =>
      void edits
        .dismiss(claimId)
        .then(
          (changes) => changes && say('Took the claim out of the list: not a claim. Undo brings it back.'),
        ),
    [edits, say],
  );
  /** Selects a claim found elsewhere (the Sources library), widening the scope if it is outside it. */
  const showClaim = useCallback(
    (claimId: string) => {
      const claim = store.get(claimId);
      if (claim && scope !== null && claim.documentId !== scope) chooseScope(null);
      select(claimId);
    },
    [store, scope, chooseScope, select],
  );

  const keys = useMemo(
    () => ({
      step: (delta: 1 | -1) => {
        const claim = store.get(move(delta));
        if (claim) say(`${asSentence(claim.text)} ${STATUS_META[claim.status].label}.`);
      },
      mark,
      cite: () => selectedId !== null && setDialog({ kind: 'citation' }),
      note: () => globalThis.document.querySelector<HTMLTextAreaElement>('.note-input')?.focus(),
      assign: () => globalThis.document.querySelector<HTMLInputElement>('.assignee-input')?.focus(),
      filter: () => filterRef.current?.focus(),
      help: () => setDialog({ kind: 'shortcuts' }),
      // One step: the draft's selected text becomes a claim (of the kind its form shows, Event unless chosen).
      addClaim: () => {
        const form = globalThis.document.querySelector<HTMLFormElement>('.add-claim-popover');
        if (form) form.requestSubmit();
        else say('Select text in the draft first, then press A to add it as a claim.');
      },
      pick: () => selectedId && multi.toggle(selectedId),
      merge: () => void merge(),
      sources: () => setDialog({ kind: 'sources' }),
      checklists: () => setDialog({ kind: 'checklists' }),
      exportReport: () => setDialog({ kind: 'export' }),
    }),
    [store, move, mark, selectedId, multi, merge, say],
  );
  useWorkbenchShortcuts(keys);
  useUndoKeys(history.undo, history.redo);
  useEscapeToTable(claimsTableElement);

  const closeProject = useCallback(async () => {
    // A shared project syncs before it closes; if it cannot, it closes anyway and nothing is lost.
    if (desk.status?.remote && desk.status.hasToken) {
      const outcome = await desk.sync();
      if (outcome.ok) notify('Synced before closing.');
      else reportError(new Error(`Closed without syncing — ${outcome.error.message}`));
    }
    try {
      await api.invoke('project:close', {});
      onProject(null);
    } catch (error) {
      reportError(error);
    }
  }, [api, onProject, reportError, notify, desk]);

  return {
    desk,
    store,
    loaded,
    complete,
    prefs,
    update,
    announcer,
    history,
    actions,
    edits,
    scope,
    chooseScope,
    dialog,
    setDialog,
    filterRef,
    fileRef,
    visible,
    selectedId,
    select,
    multi,
    draftId,
    document,
    loading,
    forgetDocument,
    importing,
    progress,
    startImport,
    importFiles,
    dragging,
    merge,
    addClaim,
    reextract,
    setLanguage,
    setPublicationDate,
    dismiss,
    showClaim,
    onImported,
    onRevised,
    /** A draft an import held back as already in the project, waiting for the checker's answer. */
    held: imports.held,
    heldMore: imports.heldMore,
    resolveHeld: imports.resolveHeld,
    /** Renaming and removing drafts (the documents list's actions menu). */
    documents,
    closeProject,
    /** A claim is selected and there (the details pane shows it, not the hint). */
    hasSelection: selectedId !== null && (!complete || store.get(selectedId) !== undefined),
    /** No drafts and no claims: the table's place says how to import. */
    empty: project.documents.length === 0 && store.size === 0,
  };
}

export type WorkbenchController = ReturnType<typeof useWorkbench>;
