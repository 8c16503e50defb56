import type { FactdeskDocument, ProjectFile } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import type { StatusCounts } from '../../shared/ipc';
import type { FileCodec } from '../storage/file-codec';
import type { QueuedDb } from '../storage/queued-db';
import { inOrderWithReadAhead } from '../storage/read-ahead';
import { ClaimIndex } from './claim-index';
import { ClaimIndexFile, indexedDocumentOf } from './claim-index-file';
import { loadListedDocument, READ_AHEAD_FILES } from './project-files';
import { signerNames } from './desk-checkers';
import { countByStatus } from './views';

/**
 * What is kept of a document not held in memory: which claims it has, how they count by status, and
 * the names they were signed with (the project's view, the claim index and the assignee field).
 */
interface NotKept {
  readonly claimIds: readonly string[];
  readonly counts: StatusCounts;
  readonly signers: readonly string[];
}

/** How many documents read for reading only (a claims page, a claim's details) are kept, most recent first. */
const RECENT_READS = 32;

/**
 * A project's document files, each with its own write queue: all read at open, or (for a command
 * about one claim or one document) each read when first needed. Knows which document holds each
 * claim: in memory for the documents read, and from the claim index file for the others. Read on
 * demand, a document added is not kept once written (an import of thousands never holds them all):
 * only its claim ids and counts are, for the index and the project's view. The services read every
 * document once at open and hold none (`noteRead`): a document changed is read again and held from
 * then on (its write queue), one only read (a claims page) is read from its file, a few kept.
 */
export class DocumentFiles {
  private readonly claimIndex: ClaimIndex;
  private readonly indexFile: ClaimIndexFile;
  /** Documents whose claims came or went since open: the index file is written again at close. */
  private readonly membershipChanged = new Set<string>();
  /** The index file was found wrong or missing while looking for a claim: write it whole at close. */
  private indexStale = false;
  /** What is kept of documents added or let go and not read again since. */
  private readonly notKept = new Map<string, NotKept>();
  /** Documents being read to be held (`load`), so two changes at once share one queue. */
  private readonly loading = new Map<string, Promise<QueuedDb<FactdeskDocument>>>();
  /** Documents read only to be read, least recent first: never changed, dropped when one is kept. */
  private readonly recentReads = new Map<string, FactdeskDocument>();

  constructor(
    private readonly dir: string,
    private readonly codec: FileCodec,
    /** The project file's document list, as it is now. */
    private readonly listed: () => ProjectFile['documents'],
    private readonly loaded: Map<string, QueuedDb<FactdeskDocument>>,
    /** Documents are read when needed, not all at open: one added is then let go once written. */
    private onDemand: boolean,
    /** Runs before each write of a document file read later (a shared project's log goes first). */
    private readonly beforeWrite?: () => Promise<void>,
  ) {
    this.claimIndex = new ClaimIndex(loaded.keys(), (id) => this.claimIdsOf(id));
    this.indexFile = new ClaimIndexFile(dir, codec);
  }

  /** True when every listed document is read. */
  get complete(): boolean {
    return this.listed().every((summary) => this.loaded.has(summary.id));
  }

  /** True when the claims of every listed document are known (read, or kept when it was let go). */
  get allKnown(): boolean {
    return this.listed().every((summary) => this.loaded.has(summary.id) || this.notKept.has(summary.id));
  }

  /**
   * Keeps what is needed of a document read and not held (its claim ids, counts and signers), and
   * lets the claim index find its claims, indexed with the others after open.
   */
  noteRead(doc: FactdeskDocument): void {
    if (this.loaded.has(doc.id)) return;
    this.notKept.set(doc.id, notKeptOf(doc));
    this.claimIndex.follow(doc.id);
  }

  /** Keeps every document read or added from now on (a project about to be shared, then read whole). */
  keepAll(): void {
    this.onDemand = false;
  }

  /** How a document's claims count by status, whether it is held or not. */
  countsOf(documentId: string): StatusCounts | undefined {
    const db = this.loaded.get(documentId);
    return db ? countByStatus(db.data.claims) : this.notKept.get(documentId)?.counts;
  }

  /** The names a document's claims were signed with, whether it is held or not. */
  signersOf(documentId: string): readonly string[] {
    const db = this.loaded.get(documentId);
    return db ? signerNames(db.data) : (this.notKept.get(documentId)?.signers ?? []);
  }

  /** How many claims a document has, whether it is held or not (0 for one the project does not have). */
  claimCountOf(documentId: string): number {
    return (
      this.loaded.get(documentId)?.data.claims.length ?? this.notKept.get(documentId)?.claimIds.length ?? 0
    );
  }

  /**
   * A document to read, not to change: the one held if it is, else read from its file (a few kept
   * for the next reads). Changing one goes through `load`, which holds it from then on.
   */
  async read(documentId: string): Promise<FactdeskDocument> {
    const held = this.loaded.get(documentId);
    if (held) return held.data;
    const recent = this.recentReads.get(documentId);
    if (recent) return this.touch(documentId, recent);
    const summary = this.listed().find((entry) => entry.id === documentId);
    if (!summary) throw new UserError(`There is no document ${documentId} in this project.`, 'not-found');
    const doc = (await loadListedDocument(this.dir, this.codec, summary, this.beforeWrite)).data;
    // Read while it was being changed: the document held is the current one.
    const now = this.loaded.get(documentId);
    if (now) return now.data;
    if (!this.listed().some((entry) => entry.id === documentId))
      throw new UserError(`There is no document ${documentId} in this project.`, 'not-found');
    return this.touch(documentId, doc);
  }

  /** The documents held (read to be changed, or all of them when read whole), in the order they were read. */
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

  /**
   * Reads a listed document now unless it is read already, and holds it; a document the project does
   * not list is refused. Two changes asking at once get the same queue: each its own read would
   * let the second write over the first.
   */
  load(documentId: string): Promise<QueuedDb<FactdeskDocument>> {
    const known = this.loaded.get(documentId);
    if (known) return Promise.resolve(known);
    const reading = this.loading.get(documentId);
    if (reading) return reading;
    const summary = this.listed().find((entry) => entry.id === documentId);
    if (!summary)
      return Promise.reject(
        new UserError(`There is no document ${documentId} in this project.`, 'not-found'),
      );
    const read = loadListedDocument(this.dir, this.codec, summary, this.beforeWrite)
      .then((db) => {
        // Read whole by `loadAll` meanwhile: that queue is the one held.
        const held = this.loaded.get(documentId);
        if (held) return held;
        this.adopt(documentId, db);
        return db;
      })
      .finally(() => this.loading.delete(documentId));
    this.loading.set(documentId, read);
    return read;
  }

  /** Reads every listed document not read yet. */
  async loadAll(): Promise<void> {
    const missing = this.listed().filter((summary) => !this.loaded.has(summary.id));
    // Through `load`, so a document a change is reading meanwhile is read once and held once.
    const loads = inOrderWithReadAhead(missing, READ_AHEAD_FILES, (summary) => this.load(summary.id));
    for (let index = 0; index < missing.length; index++) await loads.next();
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
    this.recentReads.delete(documentId);
    if (this.onDemand) this.notKept.set(documentId, notKeptOf(db.data));
    else this.loaded.set(documentId, db);
    this.claimIndex.addClaims(documentId, db.data.claims);
    this.membershipChanged.add(documentId);
  }

  /** Forgets a document taken out of the project (its file is deleted next). */
  remove(documentId: string): void {
    const claimIds = this.claimIdsOf(documentId) ?? [];
    this.loaded.delete(documentId);
    this.notKept.delete(documentId);
    this.recentReads.delete(documentId);
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
    if (known !== undefined || this.allKnown) return known;
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
    if (this.allKnown) {
      if (!this.indexStale && this.membershipChanged.size === 0 && (await this.indexFile.exists())) return;
      await this.indexFile.write(
        this.listed().map((summary) => [summary.id, this.claimIdsOf(summary.id) ?? []]),
      );
    } else if (this.membershipChanged.size > 0) {
      const entries = (await this.indexFile.read()) ?? new Map<string, readonly string[]>();
      const listed = new Set(this.listed().map((summary) => summary.id));
      for (const documentId of this.membershipChanged) {
        if (listed.has(documentId)) entries.set(documentId, this.claimIdsOf(documentId) ?? []);
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

  private claimIdsOf(documentId: string): readonly string[] | undefined {
    const db = this.loaded.get(documentId);
    return db ? db.data.claims.map((claim) => claim.id) : this.notKept.get(documentId)?.claimIds;
  }

  /** Keeps a document read for reading as the most recent, letting go of the least recent beyond a few. */
  private touch(documentId: string, doc: FactdeskDocument): FactdeskDocument {
    this.recentReads.delete(documentId);
    this.recentReads.set(documentId, doc);
    for (const oldest of this.recentReads.keys()) {
      if (this.recentReads.size <= RECENT_READS) break;
      this.recentReads.delete(oldest);
    }
    return doc;
  }

  private adopt(documentId: string, db: QueuedDb<FactdeskDocument>): void {
    this.notKept.delete(documentId);
    this.recentReads.delete(documentId);
    this.loaded.set(documentId, db);
    this.claimIndex.addClaims(documentId, db.data.claims);
  }
}

function notKeptOf(doc: FactdeskDocument): NotKept {
  return {
    claimIds: doc.claims.map((claim) => claim.id),
    counts: countByStatus(doc.claims),
    signers: signerNames(doc),
  };
}
