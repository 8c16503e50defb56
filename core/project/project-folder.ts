import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FactdeskDocument, ProjectFile } from '../../shared/domain';
import { withBackupOffer } from '../backups/damage-offer';
import { codecForFolder, encryptNewProject } from '../crypto/project-codec';
import { checkNewPassphrase } from '../crypto/project-key';
import { ProjectDesk } from '../desk/project-desk';
import { isDamagedFileError } from '../storage/damaged-file-error';
import { plainCodec, type FileCodec } from '../storage/file-codec';
import { acquireProjectLock, type ProjectLock } from '../storage/project-lock';
import { QueuedDb } from '../storage/queued-db';
import {
  assertEmptyOrMissing,
  makeNewFolders,
  assertHasProjectFile,
  assertProjectFolder,
  clearLeftovers,
} from './folder-checks';
import { isShared, newProjectFile, type OpenOptions } from './open-options';
import { DOCUMENTS_FOLDER, loadProjectFiles, projectFileAdapter } from './project-files';

/** A project folder made or opened for `OpenProject`: its files read, its lock (null: read-only), key and logs. */
export interface ProjectFolder {
  readonly dir: string;
  readonly project: QueuedDb<ProjectFile>;
  readonly documents: Map<string, QueuedDb<FactdeskDocument>>;
  readonly lock: ProjectLock | null;
  readonly codec: FileCodec;
  /** The change logs of a shared project opened for writing; null otherwise. */
  readonly desk: ProjectDesk | null;
  /** The schema version `project.json` had on disk, before any upgrade (undefined for a new project). */
  readonly storedVersion: number | undefined;
}

/** Makes a new project folder at `dir`, which must not exist or be empty; encrypted when given a passphrase. */
export async function makeProjectFolder(
  dir: string,
  title: string,
  options: OpenOptions,
): Promise<ProjectFolder> {
  const folder = resolve(dir);
  if (options.passphrase !== undefined) checkNewPassphrase(options.passphrase);
  await assertEmptyOrMissing(folder);
  await makeNewFolders(folder);
  await mkdir(join(folder, DOCUMENTS_FOLDER), { recursive: true });
  const lock = await acquireProjectLock(folder, options.tool);
  try {
    const codec = options.passphrase
      ? await encryptNewProject(folder, options.passphrase, options.kdfLogN)
      : plainCodec;
    const project = await QueuedDb.create(projectFileAdapter(folder, codec), newProjectFile(title));
    return { dir: folder, project, documents: new Map(), lock, codec, desk: null, storedVersion: undefined };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/**
 * Opens an existing project folder, validating every file it reads. A damaged file is named, left
 * untouched, and the newest good backup is offered; a wrong or missing passphrase is refused before
 * anything is written. With the write lock, leftovers of a crash (temporary files, half snapshots)
 * are cleared first. `beforeWrite` runs before any file is written (the change log goes first).
 */
export async function openProjectFolder(
  dir: string,
  options: OpenOptions,
  beforeWrite: () => Promise<void>,
): Promise<ProjectFolder> {
  const folder = resolve(dir);
  await assertProjectFolder(folder);
  const codec = await codecForFolder(folder, options);
  await assertHasProjectFile(folder, codec);
  const lock = options.readOnly ? null : await acquireProjectLock(folder, options.tool);
  try {
    if (lock) await clearLeftovers(folder);
    const desk = lock && (await isShared(folder)) ? await ProjectDesk.open(folder, codec) : null;
    const files = await loadProjectFiles(folder, codec, {
      // Read whole at open, or each when needed (on demand, and in use: read once below, not held).
      documents: desk || (options.documents ?? 'all') === 'all' ? 'all' : 'on-demand',
      beforeWrite,
    });
    return { dir: folder, ...files, lock, codec, desk };
  } catch (error) {
    await lock?.release();
    if (isDamagedFileError(error)) throw await withBackupOffer(folder, error, codec);
    throw error;
  }
}
