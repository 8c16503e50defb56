import type { FactdeskDocument } from '../../shared/domain';
import type { EarlierVersionDraft } from '../../shared/ipc';
import { currentVersion, currentVersionEntry } from '../revisions/document-versions';
import { storedVersionHashes, type VersionHash } from '../revisions/version-hashes';

/** The hashes of a document's earlier versions, read from its texts (a document from before schema 6). */
export type EarlierHashes = (documentId: string) => Promise<readonly VersionHash[]>;

/** What an earlier version found names: the version and its document, as the index keeps it. */
type EarlierVersion = Omit<EarlierVersionDraft, 'file' | 'reason'>;

/** A revised document as the index keeps it: enough to name its versions, none of its texts. */
type Revised = Omit<EarlierVersion, 'version'>;

/**
 * The earlier versions of every revised document by the hash of their text, whatever file name
 * they came under. The hashes are the ones each document's entries keep (schema 6), so no versions
 * file is read; a document whose entries lack them (written before schema 6 and not upgraded yet)
 * is asked of `readHashes` once, when the first draft is looked up. When several versions had the
 * text, the latest of the first document in list order is named.
 */
export class EarlierVersionsIndex {
  private readonly byHash = new Map<string, { readonly order: number; readonly found: EarlierVersion }>();
  /** Revised documents whose hashes are still to be read, with their place in the list. */
  private pending: { readonly order: number; readonly doc: Revised }[] = [];
  private added = 0;
  /** The reading of pending hashes under way (lookups wait for it, so none is missed). */
  private reading: Promise<void> = Promise.resolve();

  constructor(private readonly readHashes?: EarlierHashes) {}

  add(doc: FactdeskDocument): void {
    const order = this.added++;
    if (!doc.versions?.length) return;
    const revised: Revised = {
      documentId: doc.id,
      title: doc.title || doc.fileName,
      currentVersion: currentVersion(doc),
      currentSince: currentVersionEntry(doc).loadedAt,
    };
    const hashes = storedVersionHashes(doc);
    if (hashes) this.keep(order, revised, hashes);
    else this.pending.push({ order, doc: revised });
  }

  /** The earlier version whose text has `hash`; null when there is none. */
  async find(hash: string): Promise<EarlierVersion | null> {
    if (this.pending.length > 0) this.reading = this.reading.then(() => this.readPending());
    await this.reading;
    return this.byHash.get(hash)?.found ?? null;
  }

  private keep(order: number, doc: Revised, hashes: readonly VersionHash[]): void {
    for (const { number, hash } of hashes) {
      const known = this.byHash.get(hash);
      const better = !known || order < known.order || (order === known.order && number > known.found.version);
      if (better) this.byHash.set(hash, { order, found: { ...doc, version: number } });
    }
  }

  /** Reads the hashes of the documents that lack them; one that cannot be read is passed over. */
  private async readPending(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    if (!this.readHashes) return;
    for (const { order, doc } of pending) {
      const hashes = await this.readHashes(doc.documentId).catch(() => null);
      if (hashes) this.keep(order, doc, hashes);
    }
  }
}
