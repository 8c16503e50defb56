import type { MendedProject, RestoredBackup } from '../../shared/ipc/backup-views';
import { plural } from '../lib/format';

/** The confirmation after a restore: what came back, where the state before it went. */
export function restoredMessage(result: RestoredBackup): string {
  const fromOthers =
    result.mended.length > 0
      ? ` ${plural(result.mended.length, 'file')} the backup held damaged came from another backup.`
      : '';
  return `Backup restored. The project as it was just before is kept as a backup too.${fromOthers}${leftOutSentence(result.leftOut)}${asideSentence(result.movedAside)}`;
}

/** The confirmation after a mend: which files came back from backups; everything else is as it was. */
export function mendedMessage(result: MendedProject): string {
  const back =
    result.mended.length > 0
      ? `${plural(result.mended.length, 'damaged file')} put back from backups; everything else is as it was.`
      : 'Everything that could be read is as it was.';
  return `Project mended: ${back}${leftOutSentence(result.leftOut)} The project as it was just before is kept as a backup too.${asideSentence(result.movedAside)}`;
}

function leftOutSentence(leftOut: readonly string[]): string {
  return leftOut.length > 0
    ? ` ${plural(leftOut.length, 'draft no backup holds was', 'drafts no backup holds were')} left out.`
    : '';
}

function asideSentence(movedAside: readonly string[]): string {
  return movedAside.length > 0
    ? ` ${plural(movedAside.length, 'damaged file was', 'damaged files were')} set aside, not deleted.`
    : '';
}
