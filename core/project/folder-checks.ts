import { mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../../shared/errors';
import { withBackupOffer } from '../backups/damage-offer';
import { listSnapshots } from '../backups/list-snapshots';
import { removeStaleStaging } from '../backups/take-snapshot';
import { DamagedFileError } from '../storage/damaged-file-error';
import type { FileCodec } from '../storage/file-codec';
import { describeIoError } from '../storage/json-file-adapter';
import { removeStaleTempFiles } from '../storage/stale-temp-files';
import { DOCUMENTS_FOLDER, PROJECT_FILE } from './project-files';

/** Refuses to create a project in a folder that has files; a missing folder is fine. */
export async function assertEmptyOrMissing(folder: string): Promise<void> {
  try {
    const entries = await readdir(folder);
    if (entries.length > 0) {
      throw new UserError(
        `${folder} already exists and is not empty; choose a new folder for the project.`,
        'refused',
      );
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    throw new UserError(
      `Factdesk cannot create a project at ${folder}: ${describeIoError(error)}.`,
      'io-failed',
    );
  }
}

/**
 * Makes a new project's folder and any missing folders above it, one at a time, each refusal one
 * sentence. Not `mkdir(…, { recursive: true })`: on Node 20 it retries forever where the system
 * answers "no such file" to every mkdir (under /proc), using a whole core.
 */
export async function makeNewFolders(folder: string): Promise<void> {
  const missing: string[] = [];
  for (
    let at = folder;
    !(await stat(at).then(
      () => true,
      () => false,
    ));
    at = dirname(at)
  ) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const path of missing) {
    try {
      await mkdir(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      const why = code === 'ENOENT' ? 'the system allows no folder there' : describeIoError(error);
      throw new UserError(`Factdesk cannot create a project at ${folder}: ${why}.`, 'io-failed');
    }
  }
}

/** Refuses a path that is not an existing folder. */
export async function assertProjectFolder(folder: string): Promise<void> {
  try {
    const info = await stat(folder);
    if (!info.isDirectory())
      throw new UserError(`${folder} is a file, not a Factdesk project folder.`, 'refused');
  } catch (error) {
    if (error instanceof UserError) throw error;
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UserError(
      `Factdesk cannot open ${folder}: ${describeIoError(error)}.`,
      missing ? 'not-found' : 'io-failed',
    );
  }
}

/**
 * Refuses a folder without `project.json` before anything is locked or written: as not a project,
 * or, when it has backups, as a damaged project with its newest good backup offered.
 */
export async function assertHasProjectFile(folder: string, codec: FileCodec): Promise<void> {
  const found = await stat(join(folder, PROJECT_FILE)).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
  );
  if (found) return;
  if ((await listSnapshots(folder)).length === 0)
    throw new UserError(`${folder} is not a Factdesk project: it has no ${PROJECT_FILE}.`, 'refused');
  throw await withBackupOffer(
    folder,
    new DamagedFileError(PROJECT_FILE, `${PROJECT_FILE} is missing, so the project cannot be opened.`),
    codec,
  );
}

/** Clears what a crash can leave: temporary files of unfinished writes, unfinished snapshots. Needs the lock. */
export async function clearLeftovers(folder: string): Promise<void> {
  await removeStaleTempFiles(folder);
  await removeStaleTempFiles(join(folder, DOCUMENTS_FOLDER));
  await removeStaleStaging(folder);
}
