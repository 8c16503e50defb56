import type { DocumentVersion, FactdeskDocument } from '../../shared/domain';
import type { QueuedDb } from '../storage/queued-db';
import type { VersionTexts } from './version-texts';

/** True when a document file still holds earlier texts inline (written before schema 3). */
export function hasInlineVersionTexts(doc: FactdeskDocument): boolean {
  return (doc.versions ?? []).some((entry) => entry.text !== undefined);
}

/**
 * Moves the earlier texts that document files from before schema 3 hold inline into their own
 * versions files, once `backUp` has snapshotted the project as it was. Per document, the versions
 * file is written first and the document without its texts second, so a crash between the two
 * leaves the texts in both places and the next open finishes the move. A versions file that exists
 * but cannot be read (or is another document's) is never written over: its document keeps its texts inline (it works the same)
 * and the move is tried again at the next open. Returns the ids of the documents moved.
 */
export async function moveInlineVersionTexts(
  documents: ReadonlyMap<string, QueuedDb<FactdeskDocument>>,
  store: VersionTexts,
  backUp: () => Promise<unknown>,
): Promise<string[]> {
  const pending = [...documents].filter(([, db]) => hasInlineVersionTexts(db.data));
  if (pending.length === 0) return [];
  await backUp();
  const moved: string[] = [];
  for (const [documentId, db] of pending) {
    const existing = await store.readFile(documentId).catch(() => undefined);
    if (existing === undefined || (existing && existing.documentId !== documentId)) continue;
    const byNumber = new Map<number, DocumentVersion>();
    // What an interrupted move already wrote is kept; the document's own inline texts win.
    for (const version of existing?.versions ?? []) byNumber.set(version.number, version);
    for (const { text, ...entry } of db.data.versions ?? []) {
      if (text !== undefined) byNumber.set(entry.number, { ...entry, text });
    }
    await store.write(documentId, [...byNumber.values()]);
    await db.update((doc) => {
      for (const entry of doc.versions ?? []) delete entry.text;
    });
    moved.push(documentId);
  }
  return moved;
}
