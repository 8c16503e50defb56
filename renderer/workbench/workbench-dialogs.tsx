import type { Citation } from '../../shared/domain/claim';
import type { AppInfo, SourceEntry } from '../../shared/ipc/views';
import { useClaim, useClaimsStore } from '../claims/use-claims';
import type { ClaimActions } from '../hooks/use-claim-actions';
import { useNotices } from '../app/notices-context';
import { AddCitationDialog } from '../dialogs/add-citation-dialog';
import { CheckerDialog } from '../dialogs/checker-dialog';
import { ShortcutsDialog } from '../dialogs/shortcuts-dialog';
import { SplitDialog } from '../dialogs/split-dialog';
import { citationToDraft, sourceToDraft } from '../dialogs/citation-draft';
import { SourcesLibrary } from '../sources/sources-library';
import { ExportDialog } from '../export/export-dialog';
import type { MendedProject, RestoredBackup } from '../../shared/ipc/backup-views';
import { BackupsDialog } from '../backups/backups-dialog';

/** Which dialog of the workbench is open, with what it needs. */
export type OpenDialog =
  | { readonly kind: 'citation' }
  | { readonly kind: 'edit-citation'; readonly citation: Citation }
  | { readonly kind: 'reuse'; readonly source: SourceEntry }
  | {
      readonly kind:
        | 'shortcuts'
        | 'checker'
        | 'split'
        | 'sources'
        | 'export'
        | 'backups'
        | 'share'
        | 'checklists'
        | 'rename';
    }
  | null;

interface WorkbenchDialogsProps {
  readonly open: OpenDialog;
  /** The selected claim (what Add citation, Split and Reuse act on). */
  readonly claimId: string | null;
  readonly info: AppInfo;
  readonly actions: ClaimActions;
  readonly projectId: string;
  readonly documents: readonly { readonly id: string; readonly title: string }[];
  readonly onInfo: (info: AppInfo) => void;
  readonly onOpen: (dialog: OpenDialog) => void;
  readonly onSelect: (claimId: string) => void;
  readonly onSplit: (claimId: string, at: number) => void;
  readonly onClose: () => void;
  /** A backup was restored: the project, as it now is, replaces the one shown. */
  readonly onRestored: (result: RestoredBackup) => void;
  /** A damaged versions file mended from Backups… (the project opens, so nothing else can be damaged). */
  readonly onMended: (result: MendedProject) => void;
}

/** The workbench's modal dialogs; at most one at a time. */
export function WorkbenchDialogs(props: WorkbenchDialogsProps) {
  const { open, info, actions, onClose } = props;
  const { notify } = useNotices();
  const store = useClaimsStore();
  const claim = useClaim(props.claimId);
  const done = (message: string) => (changed: boolean) => {
    onClose();
    if (changed) notify(message);
  };
  if (open === null) return null;
  switch (open.kind) {
    case 'citation':
      return claim ? (
        <AddCitationDialog
          key={claim.id}
          claim={claim}
          mode={info.mode}
          onAdd={actions.addCitation}
          onClose={done('Citation added.')}
        />
      ) : null;
    case 'edit-citation': {
      const old = open.citation;
      return claim ? (
        <AddCitationDialog
          key={`${claim.id}:${old.id}`}
          claim={claim}
          mode={info.mode}
          heading="Edit citation"
          initial={citationToDraft(old)}
          onAdd={(claimId, input) => actions.editCitation(claimId, old.id, input)}
          onClose={done('Citation changed.')}
        />
      ) : null;
    }
    case 'reuse':
      return claim ? (
        <AddCitationDialog
          key={`${claim.id}:${open.source.key}`}
          claim={claim}
          mode={info.mode}
          heading="Reuse source"
          initial={sourceToDraft(open.source)}
          onAdd={actions.addCitation}
          onClose={done('Source reused on this claim.')}
        />
      ) : null;
    case 'split':
      return claim ? (
        <SplitDialog
          claim={claim}
          onClose={onClose}
          onSplit={(at) => {
            onClose();
            props.onSplit(claim.id, at);
          }}
        />
      ) : null;
    case 'sources':
      return (
        <SourcesLibrary
          selected={claim}
          claimText={(claimId) => store.get(claimId)?.text}
          onClose={onClose}
          onShowClaim={(claimId) => {
            onClose();
            props.onSelect(claimId);
          }}
          onReuse={(source) => props.onOpen({ kind: 'reuse', source })}
          onImport={actions.importCitations}
        />
      );
    case 'shortcuts':
      return <ShortcutsDialog onClose={onClose} />;
    case 'export':
      return (
        <ExportDialog
          mode={info.mode}
          projectId={props.projectId}
          documents={props.documents}
          onClose={onClose}
          onExported={notify}
        />
      );
    case 'checker':
      return <CheckerDialog info={info} onInfo={props.onInfo} onClose={onClose} />;
    case 'backups':
      return <BackupsDialog onRestored={props.onRestored} onMended={props.onMended} onClose={onClose} />;
    case 'share':
    case 'checklists':
    case 'rename':
      return null; // workbench.tsx shows these: Share… needs the desk's controller, Checklists and Rename the project
  }
}
