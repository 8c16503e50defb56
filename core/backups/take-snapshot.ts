import { constants } from 'node:fs';
import { copyFile, link, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { syncFolder, writeFileDurably } from '../storage/durable-write';
import { infoOf, listSnapshots, type SnapshotInfo } from './list-snapshots';
import { listStateFiles } from './project-state-files';
import type { RetentionPolicy } from './retention';
import { snapshotsToRemove } from './retention';
import type { SnapshotFile, SnapshotManifest } from './snapshot-manifest';
import { BACKUPS_FOLDER, MANIFEST_FILE, snapshotName, type SnapshotReason } from './snapshot-names';

const STAGING = '.staging-';

/** What taking a snapshot did: the snapshot, and whether an identical newest one was reused. */
export interface SnapshotResult {
  readonly info: SnapshotInfo;
  readonly reused: boolean;
}

/**
 * Snapshots the project at `dir` into `backups/<name>/`. Each file is its own copy (a reflink
 * where the file system can), never a link to the project's file, so damage done to a project file
 * in place (another program, a bad disk block) cannot reach its backups. A file that did not change
 * since the newest snapshot is hard-linked to that snapshot's copy instead, so unchanged files cost
 * no space. The snapshot is built in a staging folder and renamed into place once its manifest is
 * written, so a crash leaves no half snapshot. When nothing changed since the newest snapshot, that
 * one is reused. The caller must hold the project's write lock.
 */
export async function takeSnapshot(
  dir: string,
  reason: SnapshotReason,
  options: { readonly now: () => Date; readonly retention?: RetentionPolicy },
): Promise<SnapshotResult> {
  const root = join(dir, BACKUPS_FOLDER);
  const newest = (await listSnapshots(dir))[0];
  const paths = await listStateFiles(dir);
  if (newest && (await unchangedSince(dir, paths, newest.manifest.files))) {
    return { info: newest.info, reused: true };
  }
  const at = options.now();
  const name = await freeName(root, at, reason);
  const staging = join(root, `${STAGING}${name}`);
  await mkdir(join(staging, 'documents'), { recursive: true });
  const files: SnapshotFile[] = [];
  const previous = new Map((newest?.manifest.files ?? []).map((file) => [file.path, file]));
  for (const path of paths) {
    const from = newest ? { file: previous.get(path), folder: newest.folder } : undefined;
    const captured = await capture(join(dir, path), join(staging, path), path, from);
    if (captured) files.push({ path, ...captured });
  }
  const manifest: SnapshotManifest = {
    format: 'factdesk-backup',
    version: 1,
    createdAt: at.toISOString(),
    reason,
    files,
  };
  await writeFileDurably(join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
  await syncFolder(join(staging, 'documents'));
  await rename(staging, join(root, name));
  await syncFolder(root);
  if (options.retention) await pruneSnapshots(dir, at, options.retention);
  return { info: infoOf(name, manifest), reused: false };
}

/** Deletes the snapshots the retention policy no longer keeps; returns their names. */
export async function pruneSnapshots(dir: string, now: Date, policy: RetentionPolicy): Promise<string[]> {
  const snapshots = await listSnapshots(dir);
  const remove = snapshotsToRemove(
    snapshots.map((s) => ({ name: s.info.name, createdAt: new Date(s.info.createdAt) })),
    now,
    policy,
  );
  for (const name of remove) {
    // The manifest goes first: a kill mid-removal then leaves a folder no list shows, never a
    // listed snapshot with its project files half gone.
    await rm(join(dir, BACKUPS_FOLDER, name, MANIFEST_FILE), { force: true });
    await rm(join(dir, BACKUPS_FOLDER, name), { recursive: true, force: true });
  }
  return remove;
}

/** Removes staging folders a crash left behind. The caller must hold the project's write lock. */
export async function removeStaleStaging(dir: string): Promise<void> {
  const root = join(dir, BACKUPS_FOLDER);
  for (const name of await readdir(root).catch(() => [] as string[])) {
    if (name.startsWith(STAGING)) await rm(join(root, name), { recursive: true, force: true });
  }
}

/**
 * Puts `source` at `target`: a hard link to the previous snapshot's copy when the source is the
 * same file it was copied from, else a copy. Returns the source's identity, or null if it is gone.
 */
async function capture(
  source: string,
  target: string,
  path: string,
  previous: { file: SnapshotFile | undefined; folder: string } | undefined,
): Promise<Omit<SnapshotFile, 'path'> | null> {
  const before = await identity(source).catch(() => null);
  if (!before) return null;
  if (previous?.file && sameFile(before, previous.file)) {
    try {
      await link(join(previous.folder, path), target);
      return before;
    } catch {
      // No links here (or the old copy is gone): copy instead.
    }
  }
  await mkdir(dirname(target), { recursive: true });
  try {
    await copyFile(source, target, constants.COPYFILE_FICLONE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return before;
}

function sameFile(a: Omit<SnapshotFile, 'path'>, b: Omit<SnapshotFile, 'path'>): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

async function identity(path: string): Promise<Omit<SnapshotFile, 'path'>> {
  const info = await stat(path, { bigint: true });
  return { size: Number(info.size), ino: String(info.ino), mtimeNs: String(info.mtimeNs) };
}

/** True when the project's state files are exactly those the snapshot was taken from. */
async function unchangedSince(
  dir: string,
  paths: readonly string[],
  files: readonly SnapshotFile[],
): Promise<boolean> {
  if (paths.length !== files.length) return false;
  const byPath = new Map(files.map((file) => [file.path, file]));
  for (const path of paths) {
    const then = byPath.get(path);
    const now = await identity(join(dir, path)).catch(() => null);
    if (!then || !now || !sameFile(now, then)) return false;
  }
  return true;
}

async function freeName(root: string, at: Date, reason: SnapshotReason): Promise<string> {
  await mkdir(root, { recursive: true });
  const taken = new Set(await readdir(root));
  for (let clash = 0; ; clash++) {
    const name = snapshotName(at, reason, clash);
    if (!taken.has(name) && !taken.has(`${STAGING}${name}`)) return name;
  }
}
