import { useEffect, useId, useRef } from 'react';
import type { BackupInfo, MendOffer } from '../../shared/ipc/backup-views';
import { mendOfferSentence, restoreOfferSentence } from '../backups/offer-sentences';
import { formatDateTime } from '../lib/format';

interface DamagedProjectNoticeProps {
  /** Which file is damaged and how; with the ways out as well when `alone` is false. */
  readonly message: string;
  /** True when `message` is the damage alone: the notice then says what mending and restoring do. */
  readonly alone: boolean;
  /** The newest backup whose files all read correctly, or null when there is none. */
  readonly backup: BackupInfo | null;
  /** What mending would do, when the damaged files can be mended from backups; else null. */
  readonly mend: MendOffer | null;
  /** True while mending runs. */
  readonly mending: boolean;
  readonly onMend: () => void;
  readonly onRestore: () => void;
  readonly onAllBackups: () => void;
  readonly onDismiss: () => void;
}

/**
 * On the start screen: a project that could not be opened because a file is damaged. The damaged
 * file was left untouched. Mending (only the damaged files back from backups, the rest as it is)
 * comes first when it can; the newest good backup is offered for restoring whole, after a confirmation.
 */
export function DamagedProjectNotice(props: DamagedProjectNoticeProps) {
  const { message, backup, mend, mending } = props;
  const files = mend ? mend.mended.length + mend.leftOut.length : 0;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [message]);
  return (
    <div className="damaged-project" role="alert" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} ref={heading} tabIndex={-1}>
        This project cannot be opened
      </h2>
      <p className="damaged-project-message">{message}</p>
      {props.alone && <p className="damaged-project-ways">{waysOut(mend, backup)}</p>}
      <div className="form-actions">
        {mend && (
          <button type="button" className="button-primary" onClick={props.onMend} disabled={mending}>
            {mending ? 'Mending…' : files === 1 ? 'Mend the damaged file' : 'Mend the damaged files'}
          </button>
        )}
        {backup && (
          <button
            type="button"
            className={mend ? 'button' : 'button-primary'}
            disabled={mending}
            onClick={props.onRestore}
            title={`Restore the backup of ${formatDateTime(backup.createdAt)}`}
          >
            Restore this backup
          </button>
        )}
        <button type="button" className="button" onClick={props.onAllBackups}>
          All backups…
        </button>
        <button type="button" className="button-quiet" onClick={props.onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

/** What mending and restoring would each do, or that neither can help. */
function waysOut(mend: MendOffer | null, backup: BackupInfo | null): string {
  const ways = [
    ...(mend ? [mendOfferSentence(mend)] : []),
    ...(backup ? [restoreOfferSentence(backup, mend !== null)] : []),
  ];
  return ways.length > 0 ? ways.join(' ') : 'No good backup of this project was found.';
}
