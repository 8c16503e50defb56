import type { FactdeskDocument } from '../../shared/domain';
import { fillVersionHashes, lacksVersionHashes } from '../revisions/version-hashes';
import type { QueuedDb } from '../storage/queued-db';
import { hasInlineVersionTexts } from './move-version-texts';
import type { VersionTexts } from './version-texts';

/**
 * Gives the earlier versions of documents from before schema 6 the hashes of their texts, once
 * `backUp` has snapshotted the project as it was: each document's earlier texts are read from its
 * versions file and its file is written with the hashes (one whose texts are still inline, because
 * they could not be moved out, waits for that move). A versions file that cannot
 * be read is passed over and never written: its document works as before, an import reads that
 * file to compare its versions (earlier-versions-index.ts), and the hashes are tried again at the
 * next open. Returns the ids of the documents given their hashes.
 */
export async function addVersionHashes(
  dbs: readonly QueuedDb<FactdeskDocument>[],
  store: VersionTexts,
  backUp: () => Promise<unknown>,
): Promise<string[]> {
  // A document whose texts could not be moved out of it (schema-upgrade.ts) is left as it was.
  const pending = dbs.filter((db) => lacksVersionHashes(db.data) && !hasInlineVersionTexts(db.data));
  if (pending.length === 0) return [];
  await backUp();
  const added: string[] = [];
  for (const db of pending) {
    const texts = await store.earlierVersions(db.data).catch(() => null);
    if (!texts) continue;
    await db.update((doc) => fillVersionHashes(doc, texts));
    added.push(db.data.id);
  }
  return added;
}
