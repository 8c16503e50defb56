import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { MANIFEST_FILE, SNAPSHOT_REASONS } from './snapshot-names';

/** One file of a snapshot, with the identity of the project file it was taken from. */
const SnapshotFileSchema = z.object({
  /** Path inside the project (and inside the snapshot): `project.json`, `documents/<id>.json`, `documents/<id>.versions.json`. */
  path: z
    .string()
    .regex(/^(project\.json|encryption\.json|documents\/[A-Za-z0-9_-]{1,64}(\.versions)?\.json)$/),
  size: z.number().int().nonnegative(),
  /** Inode, size and change time of the project file when taken: tells whether it changed since. */
  ino: z.string().max(40),
  mtimeNs: z.string().max(40),
});
/** One file of a snapshot. */
export type SnapshotFile = z.infer<typeof SnapshotFileSchema>;

/** `snapshot.json`: when and why a snapshot was taken, and what it holds. */
export const SnapshotManifestSchema = z.object({
  format: z.literal('factdesk-backup'),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  reason: z.enum(SNAPSHOT_REASONS),
  files: z.array(SnapshotFileSchema).max(1_000_000),
});
/** A snapshot's `snapshot.json`. */
export type SnapshotManifest = z.infer<typeof SnapshotManifestSchema>;

/** The manifest of the snapshot in `folder`, or null when it is missing or unreadable (incomplete). */
export async function readManifest(folder: string): Promise<SnapshotManifest | null> {
  try {
    const parsed = SnapshotManifestSchema.safeParse(
      JSON.parse(await readFile(join(folder, MANIFEST_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
