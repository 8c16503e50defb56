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
 * Finds the draft already in the project that a new one repeats: one with the same text first, else
 * one with the same file name (whose text differs), the first in list order either way. Documents
 * are added as they come in, so drafts of one import are caught against each other too.
 */
export class DuplicateIndex {
  private readonly byText = new Map<string, FactdeskDocument>();
  private readonly byName = new Map<string, FactdeskDocument>();

  constructor(documents: Iterable<FactdeskDocument> = []) {
    for (const doc of documents) this.add(doc);
  }

  add(doc: FactdeskDocument): void {
    const hash = hashOf(doc);
    if (!this.byText.has(hash)) this.byText.set(hash, doc);
    const name = doc.fileName.toLowerCase();
    if (!this.byName.has(name)) this.byName.set(name, doc);
  }

  /** The document `draft` (read from `file`) repeats; null when there is none. */
  find(draft: { readonly fileName: string; readonly text: string }, file: string): DuplicateDraft | null {
    const same = this.byText.get(textHash(draft.text));
    if (same) return { file, reason: 'same-text', documentId: same.id, title: same.title || same.fileName };
    const named = this.byName.get(draft.fileName.toLowerCase());
    if (named)
      return { file, reason: 'same-name', documentId: named.id, title: named.title || named.fileName };
    return null;
  }
}

/** One sentence saying what the duplicate is and what was done with it. */
export function describeDuplicate(duplicate: DuplicateDraft): string {
  return duplicate.reason === 'same-text'
    ? `${duplicate.file} has the same text as “${duplicate.title}” (${duplicate.documentId}), already in this project`
    : `${duplicate.file} has the file name of “${duplicate.title}” (${duplicate.documentId}), already in this project, with other text`;
}
