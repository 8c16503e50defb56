import { createHash } from 'node:crypto';
import type { DocumentVersion, FactdeskDocument } from '../../shared/domain';
import type { DuplicateDraft, EarlierVersionDraft } from '../../shared/ipc';
import { currentVersion, currentVersionEntry } from '../revisions/document-versions';

// A draft imported again is caught before its claims are found: the same text as a draft already in
// the project (its content hash), the text of an earlier version of a revised draft (an old copy,
// which must not come back as a newer version), or the same file name with other text (most likely
// a new version).

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

/** Reads a document's earlier versions with their texts (OpenProject.earlierVersions). */
export type EarlierTexts = (documentId: string) => Promise<readonly DocumentVersion[]>;

/** A revised document as the index keeps it: enough to name its versions, none of its texts. */
interface Revised extends Repeated {
  readonly currentVersion: number;
  readonly currentSince: string;
}

/**
 * Finds the draft already in the project that a new one repeats: one with the same text first, else
 * one with the same file name (whose text differs), the first in list order either way. Documents
 * are added as they come in, so drafts of one import are caught against each other too. It keeps
 * only each document's hash, id, title and file name, so the documents themselves can be let go.
 *
 * With `earlierTexts`, `findWithEarlier` also finds a draft whose text is an earlier version of a
 * revised document. Earlier texts live in each document's versions file, read only on demand; the
 * index reads those of the revised documents that one of whose versions (or the document itself)
 * bears the draft's file name, once each, and keeps only their hashes. An old copy comes back
 * under the name it was sent with, so the name is what narrows the search: an import of drafts
 * with new names reads no versions file, where a hash of every earlier text would have to be read
 * (or stored in each document, a change of its schema) before any draft could be let in. A copy
 * renamed since is not recognised (it is then "same name" or new, as before).
 */
export class DuplicateIndex {
  private readonly byText = new Map<string, Repeated>();
  private readonly byName = new Map<string, Repeated>();
  /** Revised documents by each file name they or their versions came under (lower case). */
  private readonly revisedByName = new Map<string, Revised[]>();
  /** Each revised document's earlier versions as hashes, read once (by document id). */
  private readonly earlierHashes = new Map<string, Promise<readonly { number: number; hash: string }[]>>();

  constructor(
    documents: Iterable<FactdeskDocument> = [],
    private readonly earlierTexts?: EarlierTexts,
  ) {
    for (const doc of documents) this.add(doc);
  }

  /** An index of documents read one at a time (a project opened on demand is never read whole). */
  static async of(
    documents: AsyncIterable<FactdeskDocument>,
    earlierTexts?: EarlierTexts,
  ): Promise<DuplicateIndex> {
    const index = new DuplicateIndex([], earlierTexts);
    for await (const doc of documents) index.add(doc);
    return index;
  }

  add(doc: FactdeskDocument): void {
    const hash = hashOf(doc);
    const name = doc.fileName.toLowerCase();
    if (doc.versions?.length) this.addRevised(doc);
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
   * version's, then the same name. A versions file that cannot be read is passed over (the draft is
   * then found as before, by its text or name): it is refused with its name where it is needed.
   */
  async findWithEarlier(
    draft: { readonly fileName: string; readonly text: string },
    file: string,
  ): Promise<DuplicateDraft | null> {
    const found = this.find(draft, file);
    if (found?.reason === 'same-text') return found;
    return (await this.findEarlier(draft, file)) ?? found;
  }

  private async findEarlier(
    draft: { readonly fileName: string; readonly text: string },
    file: string,
  ): Promise<EarlierVersionDraft | null> {
    const candidates = this.earlierTexts ? this.revisedByName.get(draft.fileName.toLowerCase()) : undefined;
    if (!candidates) return null;
    const hash = textHash(draft.text);
    for (const doc of candidates) {
      const matching = (await this.earlierHashesOf(doc.id)).filter((version) => version.hash === hash);
      const latest = matching.at(-1);
      if (!latest) continue;
      return {
        file,
        reason: 'earlier-version',
        documentId: doc.id,
        title: doc.title || doc.fileName,
        version: latest.number,
        currentVersion: doc.currentVersion,
        currentSince: doc.currentSince,
      };
    }
    return null;
  }

  private earlierHashesOf(documentId: string) {
    let hashes = this.earlierHashes.get(documentId);
    if (!hashes) {
      hashes = this.earlierTexts!(documentId).then(
        (versions) => versions.map((version) => ({ number: version.number, hash: textHash(version.text) })),
        () => [],
      );
      this.earlierHashes.set(documentId, hashes);
    }
    return hashes;
  }

  private addRevised(doc: FactdeskDocument): void {
    const revised: Revised = {
      id: doc.id,
      title: doc.title,
      fileName: doc.fileName,
      currentVersion: currentVersion(doc),
      currentSince: currentVersionEntry(doc).loadedAt,
    };
    const names = new Set([
      doc.fileName,
      doc.revision?.fileName,
      ...(doc.versions ?? []).map((v) => v.fileName),
    ]);
    for (const name of names) {
      if (name === undefined) continue;
      const key = name.toLowerCase();
      this.revisedByName.set(key, [...(this.revisedByName.get(key) ?? []), revised]);
    }
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
