import type { AppInfo } from '../../shared/ipc/views';
import { Modal } from '../dialogs/modal';
import { CheckerForm } from '../start/checker-form';
import { claimsTableElement } from '../table/claims-table-focus';

interface FirstUseCheckerProps {
  readonly info: AppInfo;
  readonly onInfo: (info: AppInfo) => void;
}

/**
 * Asked once, before anything is signed: the checker's name, instead of the system account's ("root"
 * on many machines). It can be changed later from the Checker button.
 */
export function FirstUseChecker({ info, onInfo }: FirstUseCheckerProps) {
  return (
    <Modal
      title="Who is checking?"
      description="Factdesk signs every verdict, note and citation with your name, and prints it in reports."
      dismissible={false}
      onClose={() => {}}
      focusAfter={claimsTableElement}
    >
      <div className="modal-body">
        <CheckerForm info={info} onInfo={onInfo} initialName="" autoFocus showHeading={false} />
      </div>
    </Modal>
  );
}
