import type { RestoredBackup } from '../../shared/ipc/contract';
import { plural } from '../lib/format';

/** The confirmation after a restore: what came back, where the state before it went. */
export function restoredMessage(result: RestoredBackup): string {
  const aside =
    result.movedAside.length > 0
      ? ` ${plural(result.movedAside.length, 'damaged file was', 'damaged files were')} set aside, not deleted.`
      : '';
  return `Backup restored. The project as it was just before is kept as a backup too.${aside}`;
}
