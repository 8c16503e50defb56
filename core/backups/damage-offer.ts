import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { DESK_PROJECT_FILE } from '../desk/desk-files';
import { DamagedFileError } from '../storage/damaged-file-error';
import type { FileCodec } from '../storage/file-codec';
import { describeTime } from './snapshot-names';
import { listSnapshots } from './list-snapshots';
import { planMendsSomething, planState, type StatePlan } from './state-plan';
import { newestGoodSnapshot } from './validate-snapshot';

/**
 * A project that cannot be opened because one of its files is damaged, with the newest backup that
 * is good (every file validates), if any. Its message names the file, what is wrong, and the ways out
 * (mending, restoring that backup, with the commands); `damage` is the first part alone, for the app,
 * which offers the ways out as buttons (`backups:list` says what each would do).
 */
export class DamagedProjectError extends DamagedFileError {
  /** Which file is damaged and how, without the ways out; absent when the message has no offers to fold. */
  declare readonly damage?: string;

  constructor(
    file: string,
    message: string,
    /** The newest good backup's name, or null when there is none. */
    backup: string | null,
    damage?: string,
  ) {
    super(file, message, backup ?? undefined);
    if (damage !== undefined) this.damage = damage;
  }
}

/** True for a project shared with a desk (it has desk/project.json). */
export async function isSharedFolder(dir: string): Promise<boolean> {
  return access(join(dir, DESK_PROJECT_FILE)).then(
    () => true,
    () => false,
  );
}

/** `damage` with the newest good backup of `dir` offered in its message. Reads only. */
export async function withBackupOffer(
  dir: string,
  damage: DamagedFileError,
  codec: FileCodec,
): Promise<DamagedProjectError> {
  if (await isSharedFolder(dir)) {
    // A backup cannot be restored over a shared project (restore-snapshot.ts); a new clone can mend it.
    return new DamagedProjectError(
      damage.file,
      `${damage.message} This project is shared, so no backup is restored over it: clone it again into a new folder (factdesk clone URL DIR); changes this copy had not synced yet stay in its desk/logs folder.`,
      null,
    );
  }
  const mend = await planState(dir, await listSnapshots(dir), codec).catch(() => null);
  const good = await newestGoodSnapshot(dir, codec).catch(() => null);
  const mending =
    mend && planMendsSomething(mend)
      ? ` To mend it, Factdesk ${describeMend(mend)}, and keeps everything else as it is now (Mend in the app, or factdesk mend "${dir}").`
      : '';
  if (!good) {
    return new DamagedProjectError(
      damage.file,
      `${damage.message}${mending || ' No good backup of this project was found.'}`,
      null,
      damage.message,
    );
  }
  const { name, createdAt } = good.info;
  const made = describeTime(createdAt);
  return new DamagedProjectError(
    damage.file,
    mending
      ? `${damage.message}${mending} Restoring the whole newest good backup instead (${name}, made ${made}) takes every file back to then (Backups in the app, or factdesk restore "${dir}" ${name}).`
      : `${damage.message} The newest good backup is ${name} (made ${made}): restore it from Backups in the app, or with factdesk restore "${dir}" ${name}.`,
    name,
    damage.message,
  );
}

/** What mending does, after "Factdesk": "puts back documents/a.json from the backup of …; sets aside …". */
export function describeMend(plan: Pick<StatePlan, 'mended' | 'leftOut'>): string {
  return [
    ...plan.mended.map(
      ({ path, backup }) => `puts back ${path} from the backup of ${describeTime(backup.createdAt)}`,
    ),
    ...plan.leftOut.map((path) => `sets aside ${path}, which no backup holds, leaving its draft out`),
  ].join('; ');
}
