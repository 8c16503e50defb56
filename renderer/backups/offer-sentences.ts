import type { BackupInfo, MendOffer } from '../../shared/ipc/backup-views';
import { formatDateTime } from '../lib/format';

// What each way out of a damaged project would do, said before the person chooses it. The core's
// refusal says the same with the commands to type (core/backups/damage-offer.ts); the app has buttons.

/** "Mending puts back documents/a.json from the backup of 4 Dec 2026, 10:02 and keeps everything else as it is now." */
export function mendOfferSentence(offer: MendOffer): string {
  const sources = new Set(offer.mended.map((file) => file.createdAt));
  const puts =
    offer.mended.length === 0
      ? []
      : sources.size === 1
        ? [
            `puts back ${listed(offer.mended.map((file) => file.path))} from the backup of ${formatDateTime(offer.mended[0]!.createdAt)}`,
          ]
        : offer.mended.map(
            (file) => `puts back ${file.path} from the backup of ${formatDateTime(file.createdAt)}`,
          );
  const setsAside = offer.leftOut.map(
    (path) => `sets aside ${path}, which no backup holds, leaving its draft out`,
  );
  return `Mending ${[...puts, ...setsAside].join('; ')}, and keeps everything else as it is now.`;
}

/** What restoring the newest good backup instead would do. */
export function restoreOfferSentence(backup: BackupInfo, alsoMending: boolean): string {
  const made = formatDateTime(backup.createdAt);
  return alsoMending
    ? `Restoring the newest good backup instead (made ${made}) takes every file back to then.`
    : `The newest good backup was made ${made}: restoring it takes every file back to then.`;
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
