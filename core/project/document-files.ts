import type { FactdeskDocument, ProjectFile } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import type { FileCodec } from '../storage/file-codec';
import type { QueuedDb } from '../storage/queued-db';
import { inOrderWithReadAhead } from '../storage/read-ahead';
import { ClaimIndex } from './claim-index';
import { ClaimIndexFile, indexedDocumentOf } from './claim-index-file';
import { loadListedDocument, READ_AHEAD_FILES } from './project-files';

/**
 * A project's document files, each with its own write queue: all read at open, or (for a command
 * about one claim or one document) each read when first needed. Knows which document holds each
 * claim: in memory for the documents read, and from the claim index file for the others. Read on
 * demand, a document added is not kept once written (an import of thousands never holds them all):
 * only its claim ids are, for the index.
 */
export class DocumentFiles {
  private readonly claimIndex: ClaimIndex;
  private readonly indexFile: ClaimIndexFile;
  /** Documents whose claims came or went since open: the index file is written again at close. */
  private readonly membershipChanged = new Set<string>();
  /** The index file was found wrong or missing while looking for a claim: write it whole at close. */
  private indexStale = false;
  /** The claim ids of documents added and not kept (read on demand), for the index file. */
  private readonly claimIdsNotKept = new Map<string, readonly string[]>();

  constructor(
    private readonly dir: string,
    private readonly codec: FileCodec,
    /** The project file's document list, as it is now. */
    private readonly listed: () => ProjectFile['documents'],
    private readonly loaded: Map<string, QueuedDb<FactdeskDocument>>,
    /** Documents are read when needed, not all at open: one added is then let go once written. */
    private readonly onDemand: boolean,
    /** Runs before each write of a document file read later (a shared project's log goes first). */
    private readonly beforeWrite?: () => Promise<void>,
  ) {
    this.claimIndex = new ClaimIndex(loaded.keys(), (id) => loaded.get(id)?.data.claims);
    this.indexFile = new ClaimIndexFile(dir, codec);
  }

  /** True when every listed document is read. */
  get complete(): boolean {
    return this.listed().every((summary) => this.loaded.has(summary.id));
  }

  /** The documents read so far, in the order they were read. */
  values(): IterableIterator<QueuedDb<FactdeskDocument>> {
    return this.loaded.values();
  }

  /** The documents read so far, by id: the team desk folds its logs into them (core/desk/start-desk.ts). */
  loadedFiles(): Map<string, QueuedDb<FactdeskDocument>> {
    return this.loaded;
  }

  /** A document's queue when it has been read; undefined otherwise. */
  get(documentId: string): QueuedDb<FactdeskDocument> | undefined {
    return this.loaded.get(documentId);
  }

  /** Reads a listed document now unless it is read already; a document the project does not list is refused. */
  async load(documentId: string): Promise<QueuedDb<FactdeskDocument>> {
    const known = this.loaded.get(documentId);
    if (known) return known;
    const summary = this.listed().find((entry) => entry.id === documentId);
    if (!summary) throw new UserError(`There is no document ${documentId} in this project.`, 'not-found');
    const db = await loadListedDocument(this.dir, this.codec, summary, this.beforeWrite);
    this.adopt(documentId, db);
    return db;
  }

  /** Reads every listed document not read yet. */
  async loadAll(): Promise<void> {
    const missing = this.listed().filter((summary) => !this.loaded.has(summary.id));
    const loads = inOrderWithReadAhead(missing, READ_AHEAD_FILES, (summary) =>
      loadListedDocument(this.dir, this.codec, summary, this.beforeWrite),
    );
    for (const summary of missing)
      this.adopt(summary.id, (await loads.next()).value as QueuedDb<FactdeskDocument>);
  }

  /**
   * Every listed document in list order, each read as its turn nears (a few files ahead) and not
   * kept: one read is let go once the next is asked for. Documents already read are given as held.
   */
  async *readEach(): AsyncGenerator<FactdeskDocument> {
    const loads = inOrderWithReadAhead(
      this.listed(),
      READ_AHEAD_FILES,
      async (summary) =>
        this.loaded.get(summary.id) ?? loadListedDocument(this.dir, this.codec, summary, this.beforeWrite),
    );
    for await (const db of loads) yield db.data;
  }

  /** Adds a document just created (its file is written); read on demand, it is read again when needed. */
  add(documentId: string, db: QueuedDb<FactdeskDocument>): void {
    if (this.onDemand)
      this.claimIdsNotKept.set(
        documentId,
        db.data.claims.map((claim) => claim.id),
      );
    else this.loaded.set(documentId, db);
    this.claimIndex.addClaims(documentId, db.data.claims);
    this.membershipChanged.add(documentId);
  }

  /** Forgets a document taken out of the project (its file is deleted next). */
  remove(documentId: string): void {
    const claimIds = this.claimIdsOf(documentId);
    this.loaded.delete(documentId);
    this.claimIdsNotKept.delete(documentId);
    this.claimIndex.forget(claimIds);
    this.membershipChanged.add(documentId);
  }

  /** Claims came to a document or left it. */
  claimsMoved(documentId: string, gone: readonly string[], added: readonly { readonly id: string }[]): void {
    this.claimIndex.forget(gone);
    this.claimIndex.addClaims(documentId, added);
    if (gone.length > 0 || added.length > 0) this.membershipChanged.add(documentId);
  }

  /** The document holding a claim among those read; undefined when none of them does. */
  documentOf(claimId: string): string | undefined {
    return this.claimIndex.documentOf(claimId);
  }

  /**
   * The document holding a claim, reading what it must: the document the claim index file names
   * (checked to hold the claim), else every document. Undefined when no document holds it.
   */
  async locate(claimId: string): Promise<string | undefined> {
    const known = this.documentOf(claimId);
    if (known !== undefined || this.complete) return known;
    const hint = indexedDocumentOf((await this.indexFile.read()) ?? new Map(), claimId);
    if (hint !== undefined && this.listed().some((summary) => summary.id === hint)) {
      const db = await this.load(hint);
      if (db.data.claims.some((claim) => claim.id === claimId)) return hint;
    }
    // The index did not know the claim (or was wrong): read everything, and write the index anew.
    this.indexStale = true;
    await this.loadAll();
    return this.documentOf(claimId);
  }

  /**
   * Writes the claim index file if it needs it: whole when every document is read, else the entries
   * of the documents whose claims changed, over what the file held.
   */
  async saveIndex(): Promise<void> {
    this.stopIndexing();
    if (this.complete) {
      if (!this.indexStale && this.membershipChanged.size === 0 && (await this.indexFile.exists())) return;
      await this.indexFile.write(this.listed().map((summary) => [summary.id, this.claimIdsOf(summary.id)]));
    } else if (this.membershipChanged.size > 0) {
      const entries = (await this.indexFile.read()) ?? new Map<string, readonly string[]>();
      const listed = new Set(this.listed().map((summary) => summary.id));
      for (const documentId of this.membershipChanged) {
        if (listed.has(documentId)) entries.set(documentId, this.claimIdsOf(documentId));
        else entries.delete(documentId);
      }
      await this.indexFile.write(entries);
    }
    this.membershipChanged.clear();
    this.indexStale = false;
  }

  /** Stops building the in-memory index in the background (the project is closing). */
  stopIndexing(): void {
    this.claimIndex.stop();
  }

  private claimIdsOf(documentId: string): readonly string[] {
    const db = this.loaded.get(documentId);
    return db ? db.data.claims.map((claim) => claim.id) : (this.claimIdsNotKept.get(documentId) ?? []);
  }

  private adopt(documentId: string, db: QueuedDb<FactdeskDocument>): void {
    this.claimIdsNotKept.delete(documentId);
    this.loaded.set(documentId, db);
    this.claimIndex.addClaims(documentId, db.data.claims);
  }
}
