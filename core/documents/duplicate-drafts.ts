import type { FactdeskDocument } from '../../shared/domain';
import type { DuplicateDraft, EarlierVersionDraft } from '../../shared/ipc';
import { textHash } from '../revisions/version-hashes';
import { EarlierVersionsIndex, type EarlierHashes } from './earlier-versions-index';

// A draft imported again is caught before its claims are found: the same text as a draft already in
// the project (its content hash), the text of an earlier version of a revised draft under any file
// name (an old copy, which must not come back as a newer version), or the same file name with other
// text (most likely a new version).

export type { EarlierHashes } from './earlier-versions-index';

const hashes = new WeakMap<FactdeskDocument, { readonly text: string; readonly hash: string }>();

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
 *
 * `findWithEarlier` also finds a draft whose text is an earlier version of a revised document,
 * whatever its file name, by the hashes each document's version entries keep (earlier-versions-index.ts):
 * no versions file is read, except once for a document from before schema 6 not upgraded yet
 * (through `earlierHashes`; without it such a document's versions are not looked at).
 */
export class DuplicateIndex {
  private readonly byText = new Map<string, Repeated>();
  private readonly byName = new Map<string, Repeated>();
  private readonly earlier: EarlierVersionsIndex;

  constructor(documents: Iterable<FactdeskDocument> = [], earlierHashes?: EarlierHashes) {
    this.earlier = new EarlierVersionsIndex(earlierHashes);
    for (const doc of documents) this.add(doc);
  }

  /** An index of documents read one at a time (a project opened on demand is never read whole). */
  static async of(
    documents: AsyncIterable<FactdeskDocument>,
    earlierHashes?: EarlierHashes,
  ): Promise<DuplicateIndex> {
    const index = new DuplicateIndex([], earlierHashes);
    for await (const doc of documents) index.add(doc);
    return index;
  }

  add(doc: FactdeskDocument): void {
    const hash = hashOf(doc);
    const name = doc.fileName.toLowerCase();
    this.earlier.add(doc);
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

  /**
   * As `find`, and a draft whose text is an earlier version of a revised document (see the class)
   * is found as such before a mere file name: the same text as a current one first, then an earlier
   * version's, then the same name. A document whose hashes cannot be read is passed over (the
   * draft is then found as before, by its text or name).
   */
  async findWithEarlier(
    draft: { readonly fileName: string; readonly text: string },
    file: string,
  ): Promise<DuplicateDraft | null> {
    const found = this.find(draft, file);
    if (found?.reason === 'same-text') return found;
    const earlier = await this.earlier.find(textHash(draft.text));
    return earlier ? { file, reason: 'earlier-version', ...earlier } : found;
  }
}

/** One sentence saying what the duplicate is and what was done with it. */
export function describeDuplicate(duplicate: DuplicateDraft): string {
  if (duplicate.reason === 'earlier-version') return describeEarlier(duplicate);
  return duplicate.reason === 'same-text'
    ? `${duplicate.file} has the same text as “${duplicate.title}” (${duplicate.documentId}), already in this project`
    : `${duplicate.file} has the file name of “${duplicate.title}” (${duplicate.documentId}), already in this project, with other text`;
}

/** "transit.txt is version 1 of “Transit” (d…); the project has version 2 since 2026-12-05" (UTC day). */
export function describeEarlier(duplicate: EarlierVersionDraft): string {
  const { file, version, title, documentId, currentVersion: now, currentSince } = duplicate;
  return `${file} is version ${version} of “${title}” (${documentId}); the project has version ${now} since ${currentSince.slice(0, 10)}`;
}
