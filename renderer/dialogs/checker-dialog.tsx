import type { AppInfo } from '../../shared/ipc/views';
import { CheckerForm } from '../start/checker-form';
import { Modal } from './modal';

interface CheckerDialogProps {
  readonly info: AppInfo;
  readonly onInfo: (info: AppInfo) => void;
  readonly onClose: () => void;
}

/** "Who is checking?" from inside the workbench. */
export function CheckerDialog({ info, onInfo, onClose }: CheckerDialogProps) {
  return (
    <Modal title="Who is checking?" onClose={onClose}>
      <div className="modal-body">
        <CheckerForm info={info} onInfo={onInfo} onSaved={onClose} autoFocus showHeading={false} />
      </div>
    </Modal>
  );
}
