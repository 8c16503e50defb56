import { join } from 'node:path';
import { UserError } from '../../shared/errors';
import { loadProjectFiles, versionsPath } from '../project/project-files';
import { VersionTexts } from '../project/version-texts';
import type { FileCodec } from '../storage/file-codec';
import { listSnapshots, type Snapshot } from './list-snapshots';

/**
 * Reads and validates every file of a snapshot as opening the project would (decrypting with
 * `codec`), and the versions file of each revised document; a DamagedFileError or UserError says
 * what is wrong. Writes nothing.
 */
export async function validateSnapshot(snapshot: Snapshot, codec: FileCodec): Promise<void> {
  await validateFolder(snapshot.folder, codec);
}

/**
 * Reads and validates the project files in `folder` as opening them would, and the versions file
 * of each revised document but those in `skipVersions`. Writes nothing.
 */
export async function validateFolder(
  folder: string,
  codec: FileCodec,
  skipVersions: readonly string[] = [],
): Promise<void> {
  const files = await loadProjectFiles(folder, codec);
  const versions = new VersionTexts(folder, codec);
  for (const db of files.documents.values()) {
    if (!skipVersions.includes(versionsPath(db.data.id))) await versions.earlierVersions(db.data);
  }
}

/** The newest snapshot of `dir` whose files all validate, or null (looks at most `limit` of them). */
export async function newestGoodSnapshot(
  dir: string,
  codec: FileCodec,
  limit = 50,
): Promise<Snapshot | null> {
  for (const snapshot of (await listSnapshots(dir)).slice(0, limit)) {
    try {
      await validateSnapshot(snapshot, codec);
      return snapshot;
    } catch (error) {
      if (!(error instanceof UserError || (error instanceof Error && error.name === 'UserError')))
        throw error;
    }
  }
  return null;
}

/** The snapshot called `name` of the project at `dir`; a clear refusal when there is none. */
export async function findSnapshot(dir: string, name: string): Promise<Snapshot> {
  const snapshot = (await listSnapshots(dir)).find((entry) => entry.info.name === name);
  if (!snapshot) {
    throw new UserError(
      `There is no complete backup called ${name.slice(0, 80)} in ${join(dir, 'backups')}; list them with factdesk restore DIR.`,
      'not-found',
    );
  }
  return snapshot;
}
