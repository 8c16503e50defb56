import { readFile, rename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UserError, messageFor } from '../../shared/errors';
import { ENCRYPTION_FILE } from '../crypto/encryption-header';
import { codecForFolder, type ProjectAccess } from '../crypto/project-codec';
import {
  PROJECT_FILE,
  documentFileAdapter,
  documentIdOfVersionsPath,
  isVersionsPath,
  projectFileAdapter,
  versionsFileAdapter,
} from '../project/project-files';
import { isDamagedFileError } from '../storage/damaged-file-error';
import type { FileCodec } from '../storage/file-codec';
import { acquireProjectLock } from '../storage/project-lock';
import { asideName, putStagedInPlace, stagePlan } from './apply-plan';
import { isSharedFolder } from './damage-offer';
import { listSnapshots, type Snapshot, type SnapshotInfo } from './list-snapshots';
import { listStateFiles } from './project-state-files';
import type { RetentionPolicy } from './retention';
import { isSnapshotName } from './snapshot-names';
import { takeSnapshot } from './take-snapshot';
import { planState, type MendedFile } from './state-plan';
import { findSnapshot } from './validate-snapshot';

/** What a restore did. */
export interface RestoreResult {
  readonly restored: SnapshotInfo;
  /** The snapshot holding the project as it was just before (new, or the newest when nothing had changed). */
  readonly keptAs: SnapshotInfo;
  /** Files that could not be read and were renamed `<file>.damaged-<time>` rather than replaced. */
  readonly movedAside: readonly string[];
  /** Files damaged in the backup itself, each taken from the nearest other backup with a good copy. */
  readonly mended: readonly MendedFile[];
  /** Documents damaged in the backup with no good copy in any other: left out of the restored list. */
  readonly leftOut: readonly string[];
}

/** How a restore runs: who takes the lock, how files are opened, the clock, the retention. */
export interface RestoreOptions {
  readonly tool: string;
  readonly access?: ProjectAccess;
  readonly now?: () => Date;
  readonly retention?: RetentionPolicy;
}

/**
 * Puts the project at `dir` back as it was in snapshot `name`. A file the snapshot holds damaged
 * (a "before a restore" backup holds the damage it was taken over) comes from the nearest other
 * backup with a good copy, and the whole is checked to open before anything changes. Then the
 * current state is snapshotted, damaged files are moved aside as `<file>.damaged-<time>`, the
 * files are written back durably (documents first, `project.json` last), and documents the
 * snapshot did not have are removed (the snapshot just taken keeps them). Nothing is ever
 * overwritten without a copy. Takes the project's write lock.
 */
export async function restoreSnapshot(
  dir: string,
  name: string,
  options: RestoreOptions,
): Promise<RestoreResult> {
  if (!isSnapshotName(name)) {
    throw new UserError(
      `"${name.slice(0, 80)}" is not the name of a backup; list them with factdesk restore DIR.`,
      'not-found',
    );
  }
  const folder = resolve(dir);
  const now = options.now ?? (() => new Date());
  await findSnapshot(folder, name); // before locking: a folder without that backup is never written to
  await refuseSharedRestore(folder, name);
  const lock = await acquireProjectLock(folder, options.tool);
  try {
    const snapshot = await findSnapshot(folder, name);
    const codec = await restoreCodec(folder, snapshot, options.access ?? {});
    const cannot = `Backup ${name} cannot be restored`;
    const plan = await planState(
      snapshot.folder,
      nearestFirst(await listSnapshots(folder), snapshot),
      codec,
    ).catch((error: unknown) => {
      throw new UserError(`${cannot}: ${messageFor(error)} Nothing was changed.`, 'refused');
    });
    const staging = await stagePlan(folder, plan, codec, now(), cannot);
    const kept = await takeSnapshot(folder, 'before-restore', { now, retention: options.retention });
    const movedAside = await moveAsideDamaged(folder, codec, now());
    await putStagedInPlace(folder, staging, plan, true);
    return {
      restored: snapshot.info,
      keptAs: kept.info,
      movedAside,
      mended: plan.mended,
      leftOut: plan.leftOut,
    };
  } finally {
    await lock.release();
  }
}

/** The other backups, nearest in time to `snapshot` first: older ones newest first, then newer ones oldest first. */
function nearestFirst(all: readonly Snapshot[], snapshot: Snapshot): Snapshot[] {
  const others = all.filter((entry) => entry.info.name !== snapshot.info.name);
  const older = others.filter((entry) => entry.info.createdAt <= snapshot.info.createdAt);
  const newer = others.filter((entry) => entry.info.createdAt > snapshot.info.createdAt).reverse();
  return [...older, ...newer];
}

/**
 * Refuses restoring a backup over a shared project: its files are the fold of the shared logs, so
 * the next open or sync would put back what the backup took away (or the backup would stand here
 * only, never reaching the others). Restoring as changes the others receive is not done yet.
 */
export async function refuseSharedRestore(folder: string, name: string): Promise<void> {
  if (!(await isSharedFolder(folder))) return;
  throw new UserError(
    `Backup ${name} was not restored: this project is shared, so its other copies would bring back everything the backup takes away. Nothing was changed; to go back, change the claims again here (they reach the others at the next sync), or to mend a damaged copy, clone the project again into a new folder (factdesk clone URL DIR).`,
    'refused',
  );
}

/** The project's codec; from the snapshot's header when the project lost its own, refused when they differ. */
async function restoreCodec(folder: string, snapshot: Snapshot, access: ProjectAccess): Promise<FileCodec> {
  const live = await readFile(join(folder, ENCRYPTION_FILE)).catch(() => null);
  const saved = await readFile(join(snapshot.folder, ENCRYPTION_FILE)).catch(() => null);
  if (live && saved && !live.equals(saved)) {
    throw new UserError(
      `Backup ${snapshot.info.name} was made under another encryption key than the project has now, so it cannot be restored here.`,
      'refused',
    );
  }
  return codecForFolder(live || !saved ? folder : snapshot.folder, access);
}

/** Renames every project file that cannot be read to `<file>.damaged-<time>`; returns their new paths. */
async function moveAsideDamaged(folder: string, codec: FileCodec, at: Date): Promise<string[]> {
  const moved: string[] = [];
  for (const path of await listStateFiles(folder)) {
    if (path === ENCRYPTION_FILE) continue;
    const adapter =
      path === PROJECT_FILE
        ? projectFileAdapter(folder, codec)
        : isVersionsPath(path)
          ? versionsFileAdapter(folder, documentIdOfVersionsPath(path), codec)
          : documentFileAdapter(folder, path, codec);
    try {
      await adapter.read();
    } catch (error) {
      if (!isDamagedFileError(error)) throw error;
      const aside = asideName(path, at);
      await rename(join(folder, path), join(folder, aside));
      moved.push(aside);
    }
  }
  return moved;
}
