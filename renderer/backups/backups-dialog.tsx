import { useEffect, useId, useState } from 'react';
import type {
  BackupInfo,
  BackupList,
  MendOffer,
  MendedProject,
  RestoredBackup,
} from '../../shared/ipc/backup-views';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/envelope';
import { Modal } from '../dialogs/modal';
import { ModalActions } from '../dialogs/modal-actions';
import { formatDateTime, plural } from '../lib/format';
import { formatBytes, keptLabel, reasonLabel } from './backup-labels';
import { mendOfferSentence } from './offer-sentences';
import { RestoreConfirm } from './restore-confirm';
import '../styles/backups.css';
import { FormFailure } from '../dialogs/form-failure';
import { useFormAction } from '../dialogs/use-form-action';

interface BackupsDialogProps {
  /** The project folder; omitted, the open project. */
  readonly dir?: string;
  /** An encrypted project's passphrase, when it is not open (the damaged-project flow). */
  readonly passphrase?: string;
  /** A backup to ask about at once (the start screen's "Restore this backup"). */
  readonly confirm?: string;
  readonly onRestored: (result: RestoredBackup) => void;
  /** Mending is offered when the list says some files can be mended (a damaged project). */
  readonly onMended?: (result: MendedProject) => void;
  readonly onClose: () => void;
}

/**
 * A project's backups, newest first (when, why, how long kept, size), each restorable after a
 * confirmation that says what happens to the current state: it is kept as a backup first.
 */
export function BackupsDialog({
  dir,
  passphrase,
  confirm,
  onRestored,
  onMended,
  onClose,
}: BackupsDialogProps) {
  const id = useId();
  const api = useApi();
  const [list, setList] = useState<BackupList | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [asking, setAsking] = useState<BackupInfo | null>(null);
  const mending = useFormAction();

  useEffect(() => {
    let live = true;
    const args = { ...(dir !== undefined && { dir }), ...(passphrase !== undefined && { passphrase }) };
    api.invoke('backups:list', args).then(
      (found) => {
        if (!live) return;
        setList(found);
        const preset = confirm ? found.backups.find((backup) => backup.name === confirm) : undefined;
        if (preset) setAsking(preset);
      },
      (error: unknown) => live && setFailure(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [api, dir, passphrase, confirm]);

  async function restore(backup: BackupInfo): Promise<void> {
    const result = await api.invoke('backups:restore', {
      backup: backup.name,
      ...(dir !== undefined && { dir }),
      ...(passphrase !== undefined && { passphrase }),
    });
    onRestored(result);
  }

  const access = { ...(dir !== undefined && { dir }), ...(passphrase !== undefined && { passphrase }) };
  const mend = () => void mending.run(async () => onMended?.(await api.invoke('backups:mend', access)));
  const offer = onMended ? list?.mend : null;

  return (
    <Modal
      title={asking ? 'Restore backup' : 'Backups'}
      className="backups-dialog"
      description={list?.dir ?? dir}
      onClose={onClose}
    >
      {asking ? (
        <RestoreConfirm
          backup={asking}
          onRestore={() => restore(asking)}
          onCancel={() => (confirm && asking.name === confirm ? onClose() : setAsking(null))}
        />
      ) : (
        <div className="modal-body">
          <p className="backups-intro">
            Factdesk keeps the 20 most recent backups and the newest of each of the last 14 days, inside the
            project folder. Restoring one keeps the current state as a backup first.
          </p>
          <FormFailure message={failure} />
          {offer && (
            <MendOfferLine offer={offer} busy={mending.busy} failure={mending.failure} onMend={mend} />
          )}
          {!list && !failure && <p role="status">Reading backups…</p>}
          {list && list.backups.length === 0 && (
            <p>There are no backups yet: the first is made the next time the project is opened.</p>
          )}
          {list && list.backups.length > 0 && (
            <div className="backups-scroll">
              <table className="backups-table" aria-labelledby={`${id}-caption`}>
                <caption id={`${id}-caption`} className="visually-hidden">
                  {`${plural(list.backups.length, 'backup')}, newest first`}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Made</th>
                    <th scope="col">Kept</th>
                    <th scope="col">Why</th>
                    <th scope="col" className="backups-number">
                      Documents
                    </th>
                    <th scope="col" className="backups-number">
                      Size
                    </th>
                    <th scope="col">
                      <span className="visually-hidden">Action</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.backups.map((backup, index) => (
                    <tr key={backup.name}>
                      <td title={backup.name}>
                        {formatDateTime(backup.createdAt)}
                        {backup.name === list.newestGood && (
                          <span className="backups-good">{index === 0 ? ' · newest' : ' · newest good'}</span>
                        )}
                      </td>
                      <td>{keptLabel(backup.kept)}</td>
                      <td className="backups-why">{reasonLabel(backup.reason)}</td>
                      <td className="backups-number">{backup.documents}</td>
                      <td className="backups-number">{formatBytes(backup.bytes)}</td>
                      <td>
                        <button
                          type="button"
                          className="button"
                          data-autofocus={index === 0 ? '' : undefined}
                          aria-label={`Restore the backup of ${formatDateTime(backup.createdAt)}`}
                          onClick={() => setAsking(backup)}
                        >
                          Restore…
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <ModalActions onCancel={onClose} cancelLabel="Close" />
        </div>
      )}
    </Modal>
  );
}

/** A damaged project's offer, above its backups: mend only the damaged files, or restore a whole backup. */
function MendOfferLine(props: {
  readonly offer: MendOffer;
  readonly busy: boolean;
  readonly failure: string | null;
  readonly onMend: () => void;
}) {
  const { offer } = props;
  const one = offer.mended.length + offer.leftOut.length === 1;
  return (
    <div className="backups-mend">
      <p>
        {one
          ? '1 file cannot be read.'
          : `${offer.mended.length + offer.leftOut.length} files cannot be read.`}{' '}
        {mendOfferSentence(offer)} Restoring a backup below takes the whole project back.
      </p>
      <FormFailure message={props.failure} />
      <button type="button" className="button" onClick={props.onMend} disabled={props.busy}>
        {props.busy ? 'Mending…' : one ? 'Mend the damaged file' : 'Mend the damaged files'}
      </button>
    </div>
  );
}
