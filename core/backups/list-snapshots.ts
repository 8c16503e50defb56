import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isVersionsPath } from '../project/project-files';
import { readManifest, type SnapshotManifest } from './snapshot-manifest';
import { BACKUPS_FOLDER, isSnapshotName, type SnapshotReason } from './snapshot-names';

/** A snapshot as lists show it. */
export interface SnapshotInfo {
  /** Its folder's name inside `backups/`, which restoring takes. */
  readonly name: string;
  readonly createdAt: string;
  readonly reason: SnapshotReason;
  readonly documents: number;
  readonly bytes: number;
}

/** A complete snapshot: its info, manifest and folder. */
export interface Snapshot {
  readonly info: SnapshotInfo;
  readonly manifest: SnapshotManifest;
  readonly folder: string;
}

/** The complete snapshots of the project at `dir`, newest first (incomplete ones, left by a crash, are skipped). */
export async function listSnapshots(dir: string): Promise<Snapshot[]> {
  const root = join(dir, BACKUPS_FOLDER);
  const names = (await readdir(root).catch(() => [] as string[])).filter(isSnapshotName);
  const snapshots: Snapshot[] = [];
  for (const name of names) {
    const folder = join(root, name);
    const manifest = await readManifest(folder);
    if (!manifest) continue;
    snapshots.push({ info: infoOf(name, manifest), manifest, folder });
  }
  return snapshots.sort((a, b) =>
    a.info.createdAt === b.info.createdAt
      ? b.info.name.localeCompare(a.info.name)
      : b.info.createdAt.localeCompare(a.info.createdAt),
  );
}

/** What a list shows of a snapshot. */
export function infoOf(name: string, manifest: SnapshotManifest): SnapshotInfo {
  return {
    name,
    createdAt: manifest.createdAt,
    reason: manifest.reason,
    documents: manifest.files.filter(
      (file) => file.path.startsWith('documents/') && !isVersionsPath(file.path),
    ).length,
    bytes: manifest.files.reduce((sum, file) => sum + file.size, 0),
  };
}
