import { useEffect, useId, useRef } from 'react';
import type { BackupInfo } from '../../shared/ipc/contract';
import { formatDateTime } from '../lib/format';

interface DamagedProjectNoticeProps {
  /** The refusal: which file is damaged and how, and the backup offered. */
  readonly message: string;
  /** The newest backup whose files all read correctly, or null when there is none. */
  readonly backup: BackupInfo | null;
  readonly onRestore: () => void;
  readonly onAllBackups: () => void;
  readonly onDismiss: () => void;
}

/**
 * On the start screen: a project that could not be opened because a file is damaged. The damaged
 * file was left untouched; the newest good backup is offered for restoring, after a confirmation.
 */
export function DamagedProjectNotice(props: DamagedProjectNoticeProps) {
  const { message, backup } = props;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [message]);
  return (
    <div className="damaged-project" role="alert" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} ref={heading} tabIndex={-1}>
        This project cannot be opened
      </h2>
      <p className="damaged-project-message">{message}</p>
      <div className="form-actions">
        {backup && (
          <button
            type="button"
            className="button-primary"
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
