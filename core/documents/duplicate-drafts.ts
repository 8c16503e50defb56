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

/** What a duplicate names of the document it repeats: all the index keeps of a document. */
type Repeated = Pick<FactdeskDocument, 'id' | 'title' | 'fileName'>;

/**
 * Finds the draft already in the project that a new one repeats: one with the same text first, else
 * one with the same file name (whose text differs), the first in list order either way. Documents
 * are added as they come in, so drafts of one import are caught against each other too. It keeps
 * only each document's hash, id, title and file name, so the documents themselves can be let go.
 */
export class DuplicateIndex {
  private readonly byText = new Map<string, Repeated>();
  private readonly byName = new Map<string, Repeated>();

  constructor(documents: Iterable<FactdeskDocument> = []) {
    for (const doc of documents) this.add(doc);
  }

  /** An index of documents read one at a time (a project opened on demand is never read whole). */
  static async of(documents: AsyncIterable<FactdeskDocument>): Promise<DuplicateIndex> {
    const index = new DuplicateIndex();
    for await (const doc of documents) index.add(doc);
    return index;
  }

  add(doc: FactdeskDocument): void {
    const hash = hashOf(doc);
    const name = doc.fileName.toLowerCase();
    if (this.byText.has(hash) && this.byName.has(name)) return;
    const repeated = { id: doc.id, title: doc.title, fileName: doc.fileName };
    if (!this.byText.has(hash)) this.byText.set(hash, repeated);
    if (!this.byName.has(name)) this.byName.set(name, repeated);
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
