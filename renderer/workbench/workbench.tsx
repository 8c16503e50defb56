import { useMemo } from 'react';
import { ClaimsStoreContext } from '../claims/use-claims';
import { useNotices } from '../app/notices-context';
import { TEXT_DRAFT_ACCEPT } from '../hooks/use-import';
import { ClaimsPane } from '../table/claims-pane';
import { DraftView } from '../draft/draft-view';
import { VersionTools } from '../revisions/version-tools';
import { mendedMessage, restoredMessage } from '../backups/restored-message';
import { DocumentDialogs } from '../documents/document-dialogs';
import { DuplicateDraftDialog } from '../documents/duplicate-draft-dialog';
import { Announcements } from './announcer';
import { WorkbenchHeader } from './workbench-header';
import { DocumentsList } from './documents-list';
import { WorkbenchDialogs } from './workbench-dialogs';
import { EmptyProject } from './empty-project';
import { WorkbenchLayout } from './workbench-layout';
import { DetailsPane } from './details-pane';
import { ShareDialog } from '../desk/share-dialog';
import { SyncButton } from '../desk/sync-button';
import { useWorkbench } from './use-workbench';
import { useProjectOpener } from '../access/use-project-opener';
import { ChecklistsContext } from '../checklists/checklists-context';
import { ChecklistsDialog } from '../checklists/checklists-dialog';
import { RenameProjectDialog } from '../project/rename-project-dialog';
import type { WorkbenchProps } from './use-workbench';
import '../styles/workbench.css';
import '../styles/tools.css';

/** The open project: documents, the draft, the claims table and the selected claim's details. */
export function Workbench(props: WorkbenchProps) {
  const { info, project, onInfo, onReopened } = props;
  const { notify, reportError } = useNotices();
  // The refs apart: the rest is plain values read while rendering.
  const { fileRef, filterRef, ...wb } = useWorkbench(props);
  const { prefs, update, history, actions, dialog, setDialog, document } = wb;
  // "Checked before" opens the project a match came from through the same path as the start screen.
  const opener = useProjectOpener(props.onProject);
  const checklists = useMemo(
    () => ({ checklists: project.checklists, onEdit: () => setDialog({ kind: 'checklists' }) }),
    [project.checklists, setDialog],
  );

  return (
    <ClaimsStoreContext value={wb.store}>
      <ChecklistsContext value={checklists}>
        <div className="workbench">
          <WorkbenchHeader
            title={project.title}
            dir={project.dir}
            info={info}
            openingCounts={project.counts}
            importing={wb.importing}
            progress={wb.progress}
            onImport={wb.startImport}
            onChecker={() => setDialog({ kind: 'checker' })}
            onRename={() => setDialog({ kind: 'rename' })}
            onShortcuts={() => setDialog({ kind: 'shortcuts' })}
            onSources={() => setDialog({ kind: 'sources' })}
            onExport={() => setDialog({ kind: 'export' })}
            onBackups={() => setDialog({ kind: 'backups' })}
            onUndo={() => void history.undo()}
            onRedo={() => void history.redo()}
            onClose={() => void wb.closeProject()}
            sync={
              <SyncButton
                desk={wb.desk}
                onShare={() => setDialog({ kind: 'share' })}
                onFailed={(message) => reportError(new Error(message))}
              />
            }
          />
          <WorkbenchLayout
            prefs={prefs}
            onPref={update}
            documents={
              <DocumentsList
                documents={project.documents}
                scope={wb.scope}
                onScope={wb.chooseScope}
                onAction={wb.documents.open}
                onFold={() => update('documentsOpen', false)}
                openingCounts={project.counts}
              />
            }
            detailsEmpty={!wb.hasSelection}
            draft={
              wb.empty ? null : (
                <DraftView
                  document={document}
                  loading={wb.loading}
                  selectedId={wb.selectedId}
                  onSelect={wb.select}
                  onAddClaim={wb.addClaim}
                  tools={
                    document && <VersionTools document={document} mode={info.mode} onRevised={wb.onRevised} />
                  }
                  onLanguage={wb.setLanguage}
                  onDate={wb.setPublicationDate}
                  onReextract={wb.reextract}
                />
              )
            }
            table={
              wb.empty ? (
                <EmptyProject importing={wb.importing} onImport={wb.startImport} />
              ) : (
                <ClaimsPane
                  scope={wb.scope}
                  prefs={prefs}
                  onPref={update}
                  selectedId={wb.selectedId}
                  picked={wb.multi.picked}
                  onRowClick={wb.multi.onRowClick}
                  onMerge={() => void wb.merge()}
                  onClearPicked={wb.multi.clear}
                  loading={!wb.loaded}
                  arriving={wb.complete ? null : project.claimCount}
                  oneDocument={project.documents.length <= 1}
                  filterRef={filterRef}
                  visible={wb.visible}
                  checker={info.checker}
                />
              )
            }
            details={
              <DetailsPane
                claimId={wb.selectedId}
                checker={info.checker}
                actions={actions}
                revision={history.revision}
                visible={wb.visible}
                onDialog={setDialog}
                onDismiss={wb.dismiss}
                mode={info.mode}
                onOpenProject={(dir) => void opener.open(dir)}
                draft={document}
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
              void wb.importFiles([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
          <WorkbenchDialogs
            open={dialog}
            claimId={wb.selectedId}
            info={info}
            actions={actions}
            projectId={project.id}
            documents={project.documents.map((d) => ({ id: d.id, title: d.title || d.fileName }))}
            onInfo={onInfo}
            onOpen={setDialog}
            onSelect={wb.showClaim}
            onSplit={(claimId, at) => void wb.edits.split(claimId, at)}
            onClose={() => setDialog(null)}
            onRestored={(result) => {
              setDialog(null);
              notify(restoredMessage(result));
              onReopened(result.project);
            }}
            onMended={(result) => {
              setDialog(null);
              notify(mendedMessage(result));
              onReopened(result.project);
            }}
          />
          {dialog?.kind === 'checklists' && (
            <ChecklistsDialog
              checklists={project.checklists}
              onSaved={(view) => {
                setDialog(null);
                props.onProject(view);
                notify('Checklists saved.');
              }}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog?.kind === 'rename' && (
            <RenameProjectDialog
              title={project.title}
              onSaved={(view) => {
                setDialog(null);
                props.onProject(view);
                notify('Project renamed.');
              }}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog?.kind === 'share' && (
            <ShareDialog
              status={wb.desk.status}
              onShare={wb.desk.share}
              onShared={notify}
              onClose={() => setDialog(null)}
            />
          )}
          <DocumentDialogs
            open={wb.documents.dialog}
            documents={project.documents}
            onRename={wb.documents.rename}
            onRemove={wb.documents.remove}
            onClose={() => wb.documents.setDialog(null)}
          />
          {wb.held && (
            <DuplicateDraftDialog
              key={`${wb.held.file}:${wb.heldMore}`}
              duplicate={wb.held}
              more={wb.heldMore}
              onChoose={wb.resolveHeld}
            />
          )}
          {wb.dragging && (
            <div className="drop-overlay" aria-hidden="true">
              <p>Drop drafts (.txt, .md, .html, .docx, .pdf) to import them</p>
            </div>
          )}
          {opener.dialogs}
          {opener.notice}
          <Announcements announcer={wb.announcer} />
        </div>
      </ChecklistsContext>
    </ClaimsStoreContext>
  );
}
