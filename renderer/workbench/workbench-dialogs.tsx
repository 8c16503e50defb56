import type { AppInfo, ClaimRow } from '../../shared/ipc/views';
import type { ClaimActions } from '../hooks/use-claim-actions';
import { useNotices } from '../app/notices-context';
import { AddCitationDialog } from '../dialogs/add-citation-dialog';
import { CheckerDialog } from '../dialogs/checker-dialog';
import { ShortcutsDialog } from '../dialogs/shortcuts-dialog';

/** Which dialog of the workbench is open. */
export type OpenDialog = 'citation' | 'shortcuts' | 'checker' | null;

interface WorkbenchDialogsProps {
  readonly open: OpenDialog;
  readonly claim: ClaimRow | undefined;
  readonly info: AppInfo;
  readonly actions: ClaimActions;
  readonly onInfo: (info: AppInfo) => void;
  readonly onClose: () => void;
}

/** The workbench's modal dialogs; at most one at a time. */
export function WorkbenchDialogs({ open, claim, info, actions, onInfo, onClose }: WorkbenchDialogsProps) {
  const { notify } = useNotices();
  if (open === 'citation' && claim) {
    return (
      <AddCitationDialog
        key={claim.id}
        claim={claim}
        onAdd={actions.addCitation}
        onClose={(added) => {
          onClose();
          if (added) notify('Citation added.');
        }}
      />
    );
  }
  if (open === 'shortcuts') return <ShortcutsDialog onClose={onClose} />;
  if (open === 'checker') return <CheckerDialog info={info} onInfo={onInfo} onClose={onClose} />;
  return null;
}
