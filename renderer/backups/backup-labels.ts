import type { BackupInfo } from '../../shared/ipc/backup-views';
import { formatDateTime } from '../lib/format';

const REASONS: Readonly<Record<string, string>> = {
  open: 'On opening',
  editing: 'While editing',
  'before-restore': 'Before a restore',
  'before-mend': 'Before mending a damaged file',
  'before-reextract': 'Before finding claims again',
  'before-revise': 'Before a new version of a draft',
  'before-upgrade': 'Before upgrading the project format',
  'before-remove': 'Before removing a draft',
  manual: 'By hand',
};

/** Why a backup was taken, as a person reads it. */
export function reasonLabel(reason: string): string {
  return REASONS[reason] ?? reason;
}

/** How long a backup is kept: one of the latest, or the newest of its day. */
export function keptLabel(kept: BackupInfo['kept']): string {
  return kept === 'recent' ? 'Recent' : 'Daily';
}

/** A size in bytes as "812 B", "14 KB", "3.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** "the backup of 1 May 2024, 12:30", the name a person gives a backup. */
export function backupTitle(backup: BackupInfo): string {
  return `the backup of ${formatDateTime(backup.createdAt)}`;
}
