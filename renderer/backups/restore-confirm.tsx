import { useEffect, useRef } from 'react';
import type { BackupInfo } from '../../shared/ipc/backup-views';
import { ModalActions } from '../dialogs/modal-actions';
import { formatDateTime, plural } from '../lib/format';
import { formatBytes, reasonLabel } from './backup-labels';
import { FormFailure } from '../dialogs/form-failure';
import { useFormAction } from '../dialogs/use-form-action';

interface RestoreConfirmProps {
  readonly backup: BackupInfo;
  /** Restores; a rejection's sentence is shown here and nothing else happens. */
  readonly onRestore: () => Promise<void>;
  readonly onCancel: () => void;
}

/** Says what restoring a backup does, before it is done: nothing is lost, the current state is kept. */
export function RestoreConfirm({ backup, onRestore, onCancel }: RestoreConfirmProps) {
  const { busy, failure, run } = useFormAction();
  const cancel = useRef<HTMLButtonElement>(null);

  // The confirmation replaces the list inside the same dialog: focus moves to its safe choice.
  useEffect(() => cancel.current?.focus(), []);

  const restore = () => run(onRestore);

  return (
    <div className="modal-body">
      <p className="restore-question">
        Restore the backup of <strong>{formatDateTime(backup.createdAt)}</strong>?
      </p>
      <p className="restore-facts">
        {reasonLabel(backup.reason)} · {plural(backup.documents, 'document')} · {formatBytes(backup.bytes)}
      </p>
      <p>
        The project goes back to how it was then. Its current state is first kept as a new backup (“Before a
        restore”), so nothing is lost: you can go back to it from Backups. Files that cannot be read are set
        aside, never overwritten.
      </p>
      <FormFailure message={failure} />
      <ModalActions
        onCancel={onCancel}
        cancelRef={cancel}
        cancelDisabled={busy}
        action="Restore backup"
        onAction={() => void restore()}
        busy={busy}
        busyAction="Restoring…"
      />
    </div>
  );
}
