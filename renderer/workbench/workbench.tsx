import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimStatus } from '../../shared/domain/enums';
import type { AppInfo, ClaimRow, ProjectView } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import { useClaimsStore } from '../hooks/use-claims-store';
import { ClaimOverlayContext } from '../hooks/claim-overlay';
import { useClaimActions } from '../hooks/use-claim-actions';
import { useClaimEdits } from '../hooks/use-claim-edits';
import { useDocument } from '../hooks/use-document';
import { useFileDrop } from '../hooks/use-file-drop';
import { TEXT_DRAFT_ACCEPT, useImport } from '../hooks/use-import';
import { useImportProgress } from '../hooks/use-import-progress';
import { useMultiSelect } from '../hooks/use-multi-select';
import { useProjectPrefs } from '../hooks/use-project-prefs';
import { useSelection } from '../hooks/use-selection';
import { useUndo } from '../hooks/use-undo';
import { useUndoKeys } from '../hooks/use-undo-keys';
import { afterNextPaint } from '../lib/after-next-paint';
import { STATUS_META } from '../lib/status';
import { ClaimsPane } from '../table/claims-pane';
import { useVisibleClaimsChannel } from '../table/visible-claims';
import { WorkbenchHeader } from './workbench-header';
import { DocumentsList } from './documents-list';
import { WorkbenchDialogs } from './workbench-dialogs';
import type { OpenDialog } from './workbench-dialogs';
import { EmptyProject } from './empty-project';
import { WorkbenchLayout } from './workbench-layout';
import { DetailsPane } from './details-pane';
import { useWorkbenchShortcuts } from './use-workbench-shortcuts';
import { DraftView } from '../draft/draft-view';
import { VersionTools, revisionMessage } from '../revisions/version-tools';
import { restoredMessage } from '../backups/restored-message';
import '../styles/workbench.css';
import '../styles/tools.css';

interface WorkbenchProps {
  readonly info: AppInfo;
  readonly project: ProjectView;
  readonly onInfo: (info: AppInfo) => void;
  readonly onProject: (project: ProjectView | null) => void;
  /** The project came back from a backup: the workbench starts afresh on it. */
  readonly onReopened: (project: ProjectView) => void;
}

const NO_CLAIMS: readonly ClaimRow[] = [];

/** The open project: documents, the draft, the claims table and the selected claim's details. */
export function Workbench({ info, project, onInfo, onProject, onReopened }: WorkbenchProps) {
  const api = useApi();
  const { reportError, notify } = useNotices();
  const { prefs, update } = useProjectPrefs(project.id);
  const [announcement, setAnnouncement] = useState('');
  const store = useClaimsStore();
  const history = useUndo(store, setAnnouncement);
  const actions = useClaimActions(store, history.recorder);
  const edits = useClaimEdits(store, history.recorder);
  const [scope, setScope] = useState<string | null>(prefs.scope);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  // The claims pane owns the filter and publishes what it shows here (see visible-claims.ts).
  const visible = useVisibleClaimsChannel();
  const { rows, byDocument, totals, countsByDocument } = store;
  const claims = useMemo(
    () => ({ rows, byDocument, totals, countsByDocument }),
    [rows, byDocument, totals, countsByDocument],
  );
  const { selectedId, select, move } = useSelection(visible, prefs.selectedId);
  const multi = useMultiSelect(visible, selectedId, select);
  const selected = store.byId(selectedId);
  const draftId = scope ?? selected?.documentId ?? project.documents[0]?.id ?? null;
  const { document, loading, forget: forgetDocument } = useDocument(draftId);

  useEffect(() => update('selectedId', selectedId), [update, selectedId]);
  useEffect(() => update('scope', scope), [update, scope]);

  const onImported = useCallback(async () => {
    try {
      const [view] = await Promise.all([api.invoke('project:current', {}), store.reload()]);
      onProject(view);
    } catch (error) {
      reportError(error);
    }
  }, [api, onProject, reportError, store]);
  const { busy: importing, importWithPicker, importFiles } = useImport(() => void onImported());
  const dragging = useFileDrop((files) => void importFiles(files));
  const progress = useImportProgress(importing);
  const startImport = useCallback(() => {
    if (info.mode === 'desktop') void importWithPicker();
    else fileRef.current?.click();
  }, [info.mode, importWithPicker]);

  const { byId } = store;
  const mark = useCallback(
    (status: Exclude<ClaimStatus, 'unchecked'>) => {
      // As it is now: a second key pressed before the store took in the first toggles what shows.
      const claim = byId(selectedId);
      if (!claim) return;
      const next = claim.status === status ? 'unchecked' : status;
      // The row and details show the mark at once; the workbench (and this message) follow after it.
      const message = `Marked ${STATUS_META[next].label.toLowerCase()}.`;
      afterNextPaint(() => startTransition(() => setAnnouncement(message)));
      void actions.setStatus(claim.id, next);
    },
    [actions, byId, selectedId],
  );
  const merge = useCallback(async () => {
    if (multi.picked.size < 2) return;
    const changes = await edits.merge([...multi.picked]);
    if (!changes) return;
    multi.clear();
    const kept = changes.updated[0];
    if (kept) select(kept.id);
    setAnnouncement(`Merged ${multi.picked.size} claims.`);
  }, [edits, multi, select]);
  const keys = useMemo(
    () => ({
      step: (delta: 1 | -1) => {
        const claim = move(delta);
        if (claim) setAnnouncement(`${claim.text}. ${STATUS_META[claim.status].label}.`);
      },
      mark,
      cite: () => selected && setDialog({ kind: 'citation' }),
      note: () => globalThis.document.querySelector<HTMLTextAreaElement>('.note-input')?.focus(),
      assign: () => globalThis.document.querySelector<HTMLInputElement>('.assignee-input')?.focus(),
      filter: () => filterRef.current?.focus(),
      help: () => setDialog({ kind: 'shortcuts' }),
      addClaim: () => globalThis.document.querySelector<HTMLButtonElement>('.add-claim-button')?.focus(),
      pick: () => selectedId && multi.toggle(selectedId),
      merge: () => void merge(),
      sources: () => setDialog({ kind: 'sources' }),
    }),
    [move, mark, selected, selectedId, multi, merge],
  );
  useWorkbenchShortcuts(keys);
  useUndoKeys(history.undo, history.redo);

  async function closeProject() {
    try {
      await api.invoke('project:close', {});
      onProject(null);
    } catch (error) {
      reportError(error);
    }
  }

  const empty = project.documents.length === 0 && (store.rows?.length ?? 0) === 0;
  return (
    <ClaimOverlayContext value={store.overlay}>
      <div className="workbench">
        <WorkbenchHeader
          title={project.title}
          dir={project.dir}
          info={info}
          counts={store.rows ? store.totals : project.counts}
          importing={importing}
          progress={progress}
          onImport={startImport}
          onChecker={() => setDialog({ kind: 'checker' })}
          onShortcuts={() => setDialog({ kind: 'shortcuts' })}
          onSources={() => setDialog({ kind: 'sources' })}
          onExport={() => setDialog({ kind: 'export' })}
          onBackups={() => setDialog({ kind: 'backups' })}
          onUndo={() => void history.undo()}
          onRedo={() => void history.redo()}
          onClose={() => void closeProject()}
        />
        <WorkbenchLayout
          prefs={prefs}
          onPref={update}
          documents={
            <DocumentsList
              documents={project.documents}
              countsByDocument={store.countsByDocument}
              totals={store.totals}
              scope={scope}
              onScope={setScope}
            />
          }
          draft={
            empty ? null : (
              <DraftView
                document={document}
                loading={loading}
                claims={(draftId && store.byDocument.get(draftId)) || NO_CLAIMS}
                selectedId={selectedId}
                onSelect={select}
                onAddClaim={(documentId, start, end, kind) =>
                  void edits.addClaim(documentId, start, end, kind).then((changes) => {
                    const added = changes?.updated.find((c) => c.start === start) ?? changes?.updated[0];
                    if (added) select(added.id);
                    if (added) setAnnouncement(`Added the claim “${added.quote}”.`);
                  })
                }
                tools={
                  document && (
                    <VersionTools
                      document={document}
                      mode={info.mode}
                      onRevised={(result) => {
                        forgetDocument(result.documentId);
                        setAnnouncement(revisionMessage(result));
                        void onImported();
                      }}
                    />
                  )
                }
                onReextract={(documentId) =>
                  void edits.reextract(documentId).then((changes) => {
                    if (changes)
                      setAnnouncement(
                        `Found claims again: ${changes.updated.length} new or changed, ${changes.removed.length} gone.`,
                      );
                  })
                }
              />
            )
          }
          table={
            empty ? (
              <EmptyProject importing={importing} onImport={startImport} />
            ) : (
              <ClaimsPane
                claims={claims}
                scope={scope}
                prefs={prefs}
                onPref={update}
                selectedId={selectedId}
                picked={multi.picked}
                onRowClick={multi.onRowClick}
                onMerge={() => void merge()}
                onClearPicked={multi.clear}
                loading={store.rows === null}
                filterRef={filterRef}
                visible={visible}
              />
            )
          }
          details={
            <DetailsPane
              claim={selected}
              checker={info.checker}
              actions={actions}
              revision={history.revision}
              visible={visible}
              onDialog={setDialog}
              onDismiss={(claimId) => {
                void edits
                  .dismiss(claimId)
                  .then((changes) => changes && setAnnouncement('Dismissed the claim.'));
              }}
            />
          }
        />
        <input
          ref={fileRef}
          type="file"
          multiple
          accept={TEXT_DRAFT_ACCEPT}
          hidden
          onChange={(event) => {
            void importFiles([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
        <WorkbenchDialogs
          open={dialog}
          claim={selected}
          info={info}
          actions={actions}
          claimText={(claimId) => store.byId(claimId)?.text}
          documents={project.documents.map((d) => ({ id: d.id, title: d.title || d.fileName }))}
          onInfo={onInfo}
          onOpen={setDialog}
          onSelect={(claimId) => {
            const claim = store.byId(claimId);
            if (claim && scope !== null && claim.documentId !== scope) setScope(null);
            select(claimId);
          }}
          onSplit={(claimId, at) => void edits.split(claimId, at)}
          onClose={() => setDialog(null)}
          onRestored={(result) => {
            setDialog(null);
            notify(restoredMessage(result));
            onReopened(result.project);
          }}
        />
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            <p>Drop drafts (.txt, .md, .html, .docx, .pdf) to import them</p>
          </div>
        )}
        <p className="visually-hidden" aria-live="polite" role="status">
          {announcement}
        </p>
      </div>
    </ClaimOverlayContext>
  );
}
