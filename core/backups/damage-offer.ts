import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { DESK_PROJECT_FILE } from '../desk/desk-files';
import { DamagedFileError } from '../storage/damaged-file-error';
import type { FileCodec } from '../storage/file-codec';
import { describeTime } from './snapshot-names';
import { newestGoodSnapshot } from './validate-snapshot';

/**
 * A project that cannot be opened because one of its files is damaged, with the newest backup that
 * is good (every file validates), if any. Its message names the file, what is wrong, and how to
 * restore that backup; the renderer can list backups (`backups:list`) and restore (`backups:restore`).
 */
export class DamagedProjectError extends DamagedFileError {
  constructor(
    file: string,
    message: string,
    /** The newest good backup's name, or null when there is none. */
    backup: string | null,
  ) {
    super(file, message, backup ?? undefined);
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
  const good = await newestGoodSnapshot(dir, codec).catch(() => null);
  if (!good) {
    return new DamagedProjectError(
      damage.file,
      `${damage.message} No good backup of this project was found.`,
      null,
    );
  }
  const { name, createdAt } = good.info;
  return new DamagedProjectError(
    damage.file,
    `${damage.message} The newest good backup is ${name} (made ${describeTime(createdAt)}): restore it from Backups in the app, or with factdesk restore "${dir}" ${name}.`,
    name,
  );
}
