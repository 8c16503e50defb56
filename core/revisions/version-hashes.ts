import { createHash } from 'node:crypto';
import type { DocumentVersion, FactdeskDocument } from '../../shared/domain';

/*
 * Each earlier version's entry in its document's file keeps the hash of its text (schema 6), so a
 * draft imported again can be compared with every earlier version of every document without
 * reading their versions files. It is a plain SHA-256: the entry is inside the document's file,
 * encrypted with the rest of it in an encrypted project, beside the text it hashes.
 */

/** An earlier version's number and the hash of its text. */
export interface VersionHash {
  readonly number: number;
  readonly hash: string;
}

/** The content hash of a draft's text: SHA-256 of the text with its line ends made alike, trimmed. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex');
}

/** True when an earlier version of `doc` lacks its hash (its entry was written before schema 6). */
export function lacksVersionHashes(doc: FactdeskDocument): boolean {
  return (doc.versions ?? []).some((entry) => entry.textHash === undefined);
}

/** The hashes `doc`'s entries keep, oldest first; null when one lacks its hash. */
export function storedVersionHashes(doc: FactdeskDocument): VersionHash[] | null {
  if (lacksVersionHashes(doc)) return null;
  return (doc.versions ?? []).map((entry) => ({ number: entry.number, hash: entry.textHash! }));
}

/** Gives every entry of `doc` the hash of its text in `texts` (its earlier versions, as read). */
export function fillVersionHashes(doc: FactdeskDocument, texts: readonly DocumentVersion[]): void {
  const byNumber = new Map(texts.map((version) => [version.number, version.text]));
  for (const entry of doc.versions ?? []) {
    const text = byNumber.get(entry.number);
    if (text !== undefined) entry.textHash = textHash(text);
  }
}
