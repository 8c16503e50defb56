import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentSchema, type DocumentVersion, type FactdeskDocument } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import type { DocumentListItem } from '../../shared/ipc';
import { assertFits, restoreInPlace } from '../storage/change-guard';
import { DamagedFileError, isDamagedFileError } from '../storage/damaged-file-error';
import { writeFilesDurably } from '../storage/durable-write';
import { QueuedDb } from '../storage/queued-db';
import { recordDocumentChange } from './desk-recording';
import { assertDocumentFits } from './document-fast-parse';
import { now } from './ids';
import type { ProjectParts } from './project-parts';
import { documentPath, versionsPath } from './project-files';
import { documentListItem, listItemOf, summaryOf } from './views';

/**
 * Adds a document (its file first, then the project's list, so the list never names a missing file),
 * at the end of the list or at `place` (a removed document put back where it was).
 */
export async function addDocument(
  parts: ProjectParts,
  doc: FactdeskDocument,
  place?: number,
): Promise<DocumentListItem> {
  parts.assertWritable();
  assertDocumentFits(doc);
  const db = await QueuedDb.create(parts.documentAdapter(doc.id), doc);
  await parts.desk?.addBase(doc);
  parts.documents.add(doc.id, db);
  await parts.project.update((file) => {
    file.documents.splice(place ?? file.documents.length, 0, summaryOf(doc));
    file.updatedAt = now();
  });
  parts.backups?.afterChange();
  return documentListItem(parts.project.data, doc);
}

/**
 * Adds many documents as one group commit (a batch of an import): every document's file is written
 * and fsynced together and renamed into place, then the project's list is written once for all of
 * them. A crash before the list is written leaves only files no list names (removed at the next
 * open): each document is either wholly in the project or not at all. Returns their list items.
 */
export async function addDocuments(
  parts: ProjectParts,
  docs: readonly FactdeskDocument[],
): Promise<DocumentListItem[]> {
  parts.assertWritable();
  for (const doc of docs) assertDocumentFits(doc);
  if (docs.length === 0) return [];
  for (const doc of docs) await parts.desk?.addBase(doc);
  // A shared project's change log goes before the files it records, as for a single write.
  await parts.flushLog();
  const adapters = docs.map((doc) => parts.documentAdapter(doc.id));
  await writeFilesDurably(
    docs.map((doc, index) => ({ path: adapters[index]!.path, contents: adapters[index]!.encode(doc) })),
  );
  for (const [index, doc] of docs.entries())
    parts.documents.add(doc.id, QueuedDb.written(adapters[index]!, doc));
  const summaries = docs.map(summaryOf);
  await parts.project.update((file) => {
    file.documents.push(...summaries);
    file.updatedAt = now();
  });
  parts.backups?.afterChange();
  return docs.map((doc, index) => listItemOf(summaries[index]!, doc));
}

/**
 * Takes a document out of the project: out of the list first (so the list never names a missing
 * file), then its file and its versions file are deleted. Returns where it was in the list.
 */
export async function removeDocument(parts: ProjectParts, documentId: string): Promise<number> {
  parts.assertWritable();
  const db = await parts.documents.load(documentId);
  assertRemovable(parts);
  const place = parts.project.data.documents.findIndex((entry) => entry.id === documentId);
  await parts.project.update((file) => {
    file.documents = file.documents.filter((entry) => entry.id !== documentId);
    file.updatedAt = now();
  });
  parts.documents.remove(documentId);
  await Promise.all([db.flush(), parts.versionTexts.flush()]);
  await rm(join(parts.dir, documentPath(documentId)), { force: true });
  await rm(join(parts.dir, versionsPath(documentId)), { force: true });
  parts.backups?.afterChange();
  return place;
}

/** Refuses removing a draft from a shared project (before any backup is taken for it). */
export function assertRemovable(parts: ProjectParts): void {
  // The shared files keep a base of every draft, and the next open or sync would fold it back.
  if (parts.desk) {
    throw new UserError(
      'A draft cannot be removed from a shared project yet: the shared copies would bring it back.',
      'refused',
    );
  }
}

/**
 * Replaces what it must of one document as a whole (loading a new version of its text) and resolves
 * once it is durable, after validating the whole document. Claims change through `changeDocument`.
 */
export async function replaceDocument<R>(
  parts: ProjectParts,
  documentId: string,
  change: (doc: FactdeskDocument) => R,
): Promise<R> {
  parts.assertWritable();
  const db = await parts.loadFile(documentId);
  const before = db.data.claims.map((claim) => claim.id);
  let newText = false;
  try {
    return await db.update((doc) => {
      const saved = structuredClone(doc);
      try {
        const result = change(doc);
        assertFits(DocumentSchema, doc, 'document');
        // A new text is a new base for the document; other changes are operations in the log.
        if (doc.text === saved.text) recordDocumentChange(parts, documentId, saved, doc);
        else newText = true;
        return result;
      } catch (error) {
        restoreInPlace(doc, saved);
        throw error;
      }
    });
  } finally {
    const present = new Set(db.data.claims.map((claim) => claim.id));
    const kept = new Set(before.filter((id) => present.has(id)));
    parts.documents.claimsMoved(
      documentId,
      before.filter((id) => !present.has(id)),
      db.data.claims.filter((claim) => !kept.has(claim.id)),
    );
    parts.backups?.afterChange();
    if (newText) {
      // The new base carries the earlier texts, so every copy can show and compare the versions.
      const earlier = await parts.versionTexts.earlierVersions(db.data).catch(() => []);
      await parts.desk?.addBase(db.data, earlier);
    }
  }
}

/**
 * Every earlier version of a document with its text, oldest first, read from its versions file now.
 * A versions file that is missing or damaged is refused with its name; the document is not affected.
 */
export async function earlierVersions(
  parts: ProjectParts,
  doc: FactdeskDocument,
): Promise<DocumentVersion[]> {
  try {
    return await parts.versionTexts.earlierVersions(doc);
  } catch (error) {
    if (!isDamagedFileError(error)) throw error;
    throw new DamagedFileError(
      error.file,
      `${error.message} The document itself is not affected; a backup of the project may still hold its earlier versions (Backups).`,
    );
  }
}
