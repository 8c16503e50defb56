import { createHash } from 'node:crypto';
import type { FactdeskDocument } from '../../shared/domain';
import type { DuplicateDraft } from '../../shared/ipc';

// A draft imported again is caught before its claims are found: the same text as a draft already in
// the project (its content hash), or the same file name with other text (most likely a new version).

const hashes = new WeakMap<FactdeskDocument, { readonly text: string; readonly hash: string }>();

/** The content hash of a draft's text: SHA-256 of the text with its line ends made alike. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex');
}

/** A document's content hash, computed once per text (a new version's text gets its own). */
function hashOf(doc: FactdeskDocument): string {
  const cached = hashes.get(doc);
  if (cached && cached.text === doc.text) return cached.hash;
  const hash = textHash(doc.text);
  hashes.set(doc, { text: doc.text, hash });
  return hash;
}

/**
 * The draft already in the project that `draft` repeats: one with the same text first, else one with the
 * same file name (whose text differs); null when there is none.
 */
export function findDuplicate(
  documents: readonly FactdeskDocument[],
  draft: { readonly fileName: string; readonly text: string },
  file: string,
): DuplicateDraft | null {
  const hash = textHash(draft.text);
  const same = documents.find((doc) => hashOf(doc) === hash);
  if (same) return { file, reason: 'same-text', documentId: same.id, title: same.title || same.fileName };
  const name = draft.fileName.toLowerCase();
  const named = documents.find((doc) => doc.fileName.toLowerCase() === name);
  if (named) return { file, reason: 'same-name', documentId: named.id, title: named.title || named.fileName };
  return null;
}

/** One sentence saying what the duplicate is and what was done with it. */
export function describeDuplicate(duplicate: DuplicateDraft): string {
  return duplicate.reason === 'same-text'
    ? `${duplicate.file} has the same text as “${duplicate.title}” (${duplicate.documentId}), already in this project`
    : `${duplicate.file} has the file name of “${duplicate.title}” (${duplicate.documentId}), already in this project, with other text`;
}
