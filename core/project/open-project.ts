import { access, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  absentClaims,
  applyOperations,
  presentClaims,
  type AppliedChange,
  type ApplyContext,
  type DocumentOperation,
} from '../../shared/changes';
import {
  CURRENT_SCHEMA_VERSION,
  DocumentSchema,
  ownChecklists,
  resolveChecklists,
  type Checklists,
  type ProjectChecklists,
  ProjectFileSchema,
  type Claim,
  type DocumentVersion,
  type FactdeskDocument,
  type ProjectFile,
} from '../../shared/domain';
import { UserError, messageFor } from '../../shared/errors';
import type { ClaimChanges, ClaimRow, DocumentListItem, ProjectView } from '../../shared/ipc';
import { BackupScheduler, DEFAULT_BACKUP_POLICY, type BackupPolicy } from '../backups/backup-scheduler';
import { withBackupOffer } from '../backups/damage-offer';
import { listSnapshots, type SnapshotInfo } from '../backups/list-snapshots';
import type { SnapshotReason } from '../backups/snapshot-names';
import { codecForFolder, encryptNewProject, type ProjectAccess } from '../crypto/project-codec';
import { checkNewPassphrase } from '../crypto/project-key';
import { newId, now } from './ids';
import { assertFits, restoreInPlace } from '../storage/change-guard';
import { DamagedFileError, isDamagedFileError } from '../storage/damaged-file-error';
import { plainCodec, type FileCodec } from '../storage/file-codec';
import { acquireProjectLock, type ProjectLock } from '../storage/project-lock';
import { writeFilesDurably } from '../storage/durable-write';
import { QueuedDb } from '../storage/queued-db';
import {
  assertEmptyOrMissing,
  assertHasProjectFile,
  assertProjectFolder,
  clearLeftovers,
} from './folder-checks';
import {
  DOCUMENTS_FOLDER,
  documentFileAdapter,
  documentPath,
  loadProjectFiles,
  projectFileAdapter,
  versionsPath,
} from './project-files';
import { opsForDocument } from '../../shared/desk';
import { ProjectDesk, type Checker } from '../desk/project-desk';
import { startDesk } from '../desk/start-desk';
import { DESK_PROJECT_FILE } from '../desk/desk-files';
import { checkChange } from './check-change';
import { DocumentFiles } from './document-files';
import { hasInlineVersionTexts, moveInlineVersionTexts } from './move-version-texts';
import { VersionTexts } from './version-texts';
import { claimRow, documentListItem, listItemOf, projectView, summaryOf } from './views';

/**
 * How a project is opened: `tool` names this process in the lock ("app", "cli", "web workbench").
 * An encrypted project needs its `passphrase` (or a `codec` unlocked before); `create` with a
 * passphrase makes an encrypted project.
 */
export interface OpenOptions extends ProjectAccess {
  readonly tool: string;
  /** Read without taking the write lock; every change is refused. */
  readonly readOnly?: boolean;
  /** Rolling backups: the default policy, another one (tests pass fake clocks), or none. */
  readonly backups?: BackupPolicy | false;
  /** scrypt's cost (log2 of N, at least 15) for a new encrypted project; the default is 16. */
  readonly kdfLogN?: number;
  /** Who makes changes, for the change log (a change's own history line names the checker first). */
  readonly checker?: Checker;
  /**
   * `on-demand`: read each document only when it is needed (a command about one claim or one
   * document); methods about the whole project then need `loadAll` first. Default: all at open.
   * A shared project is always read whole: its change logs are folded into every document at open.
   */
  readonly documents?: 'all' | 'on-demand';
}

/** What a change did: both sides of what it touched, and the rows to show anew. */
export interface ProjectChange extends AppliedChange {
  readonly documentId: string;
  readonly changes: ClaimChanges;
}

/**
 * An open project folder: its `project.json` and one lowdb file per document, each with its own
 * write queue, so marking a claim rewrites only the file of the document it belongs to. The
 * process holds the project's write lock while it is open for writing.
 */
export class OpenProject {
  /** The document files, read at open or on demand, and which document holds each claim. */
  private readonly documents: DocumentFiles;

  private readonly backups: BackupScheduler | null;

  /** The texts of documents' earlier versions, each in its own file beside its document's. */
  private readonly versionTexts: VersionTexts;

  private constructor(
    readonly dir: string,
    private readonly project: QueuedDb<ProjectFile>,
    documents: Map<string, QueuedDb<FactdeskDocument>>,
    private readonly lock: ProjectLock | null,
    /** How this project's files are stored (encrypted or not); its key lives only in memory. */
    readonly codec: FileCodec,
    backups: BackupPolicy | false | undefined,
    /** The change logs: null until the project is shared, and when read-only. */
    private deskLogs: ProjectDesk | null,
    private readonly checker: Checker,
  ) {
    this.documents = new DocumentFiles(
      dir,
      codec,
      () => project.data.documents,
      documents,
      () => this.flushLog(),
    );
    this.backups =
      lock && backups !== false
        ? new BackupScheduler(dir, backups ?? DEFAULT_BACKUP_POLICY, () => this.flush())
        : null;
    this.versionTexts = new VersionTexts(dir, codec);
  }

  /** Makes a new project folder at `dir`, which must not exist or be empty; encrypted when given a passphrase. */
  static async create(dir: string, title: string, options: OpenOptions): Promise<OpenProject> {
    const folder = resolve(dir);
    if (options.passphrase !== undefined) checkNewPassphrase(options.passphrase);
    await assertEmptyOrMissing(folder);
    await mkdir(`${folder}/${DOCUMENTS_FOLDER}`, { recursive: true });
    const lock = await acquireProjectLock(folder, options.tool);
    try {
      const codec = options.passphrase
        ? await encryptNewProject(folder, options.passphrase, options.kdfLogN)
        : plainCodec;
      const at = now();
      const project = await QueuedDb.create(projectFileAdapter(folder, codec), {
        format: 'factdesk-project',
        schemaVersion: CURRENT_SCHEMA_VERSION,
        id: newId('p'),
        title,
        createdAt: at,
        updatedAt: at,
        methodology: '',
        documents: [],
      } satisfies ProjectFile);
      const created = new OpenProject(
        folder,
        project,
        new Map(),
        lock,
        codec,
        options.backups,
        null,
        checkerOf(options),
      );
      created.backups?.startsNow();
      return created;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /**
   * Opens an existing project folder, validating every file. A damaged file is named, left
   * untouched, and the newest good backup is offered; a wrong or missing passphrase is refused
   * before anything is written. With the write lock, leftovers of a crash (temporary files, half
   * snapshots) are cleared, and a snapshot is taken when the newest is old enough.
   */
  static async open(dir: string, options: OpenOptions): Promise<OpenProject> {
    const folder = resolve(dir);
    await assertProjectFolder(folder);
    const codec = await codecForFolder(folder, options);
    await assertHasProjectFile(folder, codec);
    const lock = options.readOnly ? null : await acquireProjectLock(folder, options.tool);
    let opened: OpenProject | undefined;
    let storedVersion: number | undefined;
    try {
      if (lock) await clearLeftovers(folder);
      const desk = lock && (await isShared(folder)) ? await ProjectDesk.open(folder, codec) : null;
      const files = await loadProjectFiles(folder, codec, {
        documents: desk ? 'all' : options.documents,
        beforeWrite: () => opened?.flushLog() ?? Promise.resolve(),
      });
      storedVersion = files.storedVersion;
      opened = new OpenProject(
        folder,
        files.project,
        files.documents,
        lock,
        codec,
        options.backups,
        desk,
        checkerOf(options),
      );
    } catch (error) {
      await lock?.release();
      if (isDamagedFileError(error)) throw await withBackupOffer(folder, error, codec);
      throw error;
    }
    opened = opened!;
    try {
      await opened.upgrade(storedVersion);
    } catch (error) {
      await opened.close();
      throw error;
    }
    await opened.moveInlineVersionTexts([...opened.documents.values()]);
    await opened.backups?.atOpen();
    if (opened.desk) await startDesk(opened);
    return opened;
  }

  /** True when every document is read (always, unless opened with `documents: 'on-demand'`). */
  get complete(): boolean {
    return this.documents.complete;
  }

  /** Reads every document not read yet (a project opened on demand, before a whole-project method). */
  async loadAll(): Promise<void> {
    await this.documents.loadAll();
    await this.moveInlineVersionTexts([...this.documents.values()]);
  }

  /** A document, read now if it was not; a document the project does not list is refused. */
  async loadDocument(documentId: string): Promise<FactdeskDocument> {
    const known = this.documents.get(documentId);
    if (known) return known.data;
    const db = await this.documents.load(documentId);
    await this.moveInlineVersionTexts([db]);
    return db.data;
  }

  /**
   * Every document in list order without keeping them: for one pass over a project opened on
   * demand (`factdesk claims`), so the whole project is never in memory at once.
   */
  async *readEachDocument(): AsyncGenerator<FactdeskDocument> {
    try {
      yield* this.documents.readEach();
    } catch (error) {
      // A damaged file found midway is refused as at open: named, with the newest good backup.
      if (isDamagedFileError(error)) throw await withBackupOffer(this.dir, error, this.codec);
      throw error;
    }
  }

  get readOnly(): boolean {
    return this.lock === null;
  }

  /** True when the project's files are encrypted. */
  get encrypted(): boolean {
    return this.codec.encrypted;
  }

  /** The project's complete snapshots, newest first. */
  async listBackups(): Promise<SnapshotInfo[]> {
    return (await listSnapshots(this.dir)).map((snapshot) => snapshot.info);
  }

  /**
   * Snapshots the project now, after pending writes (before a risky operation): null when backups
   * are off; a clear refusal when it cannot be made, so the risky operation does not run.
   */
  async snapshot(reason: SnapshotReason): Promise<SnapshotInfo | null> {
    this.assertWritable();
    return this.backups ? (await this.backups.before(reason)).info : null;
  }

  get title(): string {
    return this.project.data.title;
  }

  view(): ProjectView {
    return projectView(this.dir, this.project.data, this.allDocuments());
  }

  /** Every document (all must be read: see `loadAll`). */
  allDocuments(): FactdeskDocument[] {
    if (!this.documents.complete) throw new Error('Not every document of this project is read yet.');
    return [...this.documents.values()].map((db) => db.data);
  }

  document(documentId: string): FactdeskDocument {
    const db = this.documents.get(documentId);
    if (!db) throw new UserError(`There is no document ${documentId} in this project.`, 'not-found');
    return db.data;
  }

  /** Every claim of every document, in document order, with what the table shows. */
  claimRows(): ClaimRow[] {
    return this.allDocuments().flatMap((doc) => doc.claims.map((claim) => claimRow(doc, claim)));
  }

  claimRow(claimId: string): ClaimRow {
    const doc = this.document(this.documentIdOf(claimId));
    const claim = doc.claims.find((entry) => entry.id === claimId);
    if (!claim) throw new UserError(`There is no claim ${claimId} in this project.`, 'not-found');
    return claimRow(doc, claim);
  }

  /**
   * Adds a document (its file first, then the project's list, so the list never names a missing file),
   * at the end of the list or at `place` (a removed document put back where it was).
   */
  async addDocument(doc: FactdeskDocument, place?: number): Promise<DocumentListItem> {
    this.assertWritable();
    assertFits(DocumentSchema, doc, 'document');
    const db = await QueuedDb.create(this.documentAdapter(doc.id), doc);
    await this.desk?.addBase(doc);
    this.documents.add(doc.id, db);
    await this.project.update((file) => {
      file.documents.splice(place ?? file.documents.length, 0, summaryOf(doc));
      file.updatedAt = now();
    });
    this.backups?.afterChange();
    return documentListItem(this.project.data, doc);
  }

  /**
   * Takes a document out of the project: out of the list first (so the list never names a missing
   * file), then its file and its versions file are deleted. Returns where it was in the list.
   */
  async removeDocument(documentId: string): Promise<number> {
    this.assertWritable();
    const db = await this.documents.load(documentId);
    this.assertRemovable();
    const place = this.project.data.documents.findIndex((entry) => entry.id === documentId);
    await this.project.update((file) => {
      file.documents = file.documents.filter((entry) => entry.id !== documentId);
      file.updatedAt = now();
    });
    this.documents.remove(documentId);
    await Promise.all([db.flush(), this.versionTexts.flush()]);
    await rm(join(this.dir, documentPath(documentId)), { force: true });
    await rm(join(this.dir, versionsPath(documentId)), { force: true });
    this.backups?.afterChange();
    return place;
  }

  /** Writes a document's title into the project's list (after its own file has it). */
  private async retitle(documentId: string, title: string): Promise<void> {
    await this.project.update((file) => {
      const entry = file.documents.find((summary) => summary.id === documentId);
      if (entry) entry.title = title;
      file.updatedAt = now();
    });
  }

  /** Refuses removing a draft from a shared project (before any backup is taken for it). */
  assertRemovable(): void {
    // The shared files keep a base of every draft, and the next open or sync would fold it back.
    if (this.desk) {
      throw new UserError(
        'A draft cannot be removed from a shared project yet: the shared copies would bring it back.',
        'refused',
      );
    }
  }

  /**
   * Adds many documents as one group commit (a batch of an import): every document's file is written
   * and fsynced together and renamed into place, then the project's list is written once for all of
   * them. A crash before the list is written leaves only files no list names (removed at the next
   * open): each document is either wholly in the project or not at all. Returns their list items.
   */
  async addDocuments(docs: readonly FactdeskDocument[]): Promise<DocumentListItem[]> {
    this.assertWritable();
    for (const doc of docs) assertFits(DocumentSchema, doc, 'document');
    if (docs.length === 0) return [];
    for (const doc of docs) await this.desk?.addBase(doc);
    // A shared project's change log goes before the files it records, as for a single write.
    await this.flushLog();
    const adapters = docs.map((doc) => this.documentAdapter(doc.id));
    await writeFilesDurably(
      docs.map((doc, index) => ({ path: adapters[index]!.path, contents: adapters[index]!.encode(doc) })),
    );
    for (const [index, doc] of docs.entries())
      this.documents.add(doc.id, QueuedDb.written(adapters[index]!, doc));
    const summaries = docs.map(summaryOf);
    await this.project.update((file) => {
      file.documents.push(...summaries);
      file.updatedAt = now();
    });
    this.backups?.afterChange();
    return docs.map((doc, index) => listItemOf(summaries[index]!, doc));
  }

  /**
   * The one way claims change, for the desktop app, the web workbench and the command line alike:
   * applies operations (shared/changes) to one document, checks only the claims and fields they
   * reach, and resolves once that document's file, and no other, is durable. A change that would not
   * fit the project format is undone and refused; one that changes nothing writes nothing. The
   * result has both sides of what it touched (for undo) and the rows to show anew.
   */
  async change(
    documentId: string,
    operations: readonly DocumentOperation[],
    ctx: ApplyContext,
  ): Promise<ProjectChange> {
    this.assertWritable();
    await this.loadDocument(documentId);
    const db = this.documents.get(documentId)!;
    const applied = await db.updateIf(
      (doc) => {
        const result = applyOperations(doc, operations, ctx, checkChange);
        // A shared project logs the change before the document file that shows it is written.
        if (result.changed) this.recordInDesk(documentId, result);
        return result;
      },
      (result) => result.changed,
    );
    if (applied.changed) {
      const was = new Set(presentClaims(applied.before).map((claim) => claim.id));
      const gone = absentClaims(applied.after).filter((id) => was.has(id));
      const added = presentClaims(applied.after).filter((claim) => !was.has(claim.id));
      this.documents.claimsMoved(documentId, gone, added);
      // A draft renamed (or its rename undone): the project's list names it as its file does.
      if ('title' in applied.after.fields) await this.retitle(documentId, db.data.title);
      this.backups?.afterChange();
    }
    const doc = db.data;
    return {
      ...applied,
      documentId,
      changes: applied.changed
        ? {
            updated: presentClaims(applied.after).map((claim) => claimRow(doc, claim)),
            removed: absentClaims(applied.after).filter((id) =>
              applied.before.claims.some((entry) => entry.id === id && entry.at !== null),
            ),
          }
        : { updated: [], removed: [] },
    };
  }

  /** Applies operations to one claim's document (read now if it was not) and resolves with the claim's row. */
  async changeClaim(
    claimId: string,
    operations: readonly DocumentOperation[],
    ctx: ApplyContext,
  ): Promise<ClaimRow> {
    const documentId = await this.locateClaim(claimId);
    await this.change(documentId, operations, ctx);
    return this.claimRow(claimId);
  }

  /**
   * The document holding a claim, reading only what it must (on demand: the document the claim
   * index names); a claim no document holds is refused.
   */
  async locateClaim(claimId: string): Promise<string> {
    const documentId = await this.documents.locate(claimId);
    if (documentId === undefined)
      throw new UserError(`There is no claim ${claimId} in this project.`, 'not-found');
    return documentId;
  }

  /**
   * Replaces what it must of one document as a whole (loading a new version of its text) and resolves
   * once it is durable, after validating the whole document. Claims change through `change`.
   */
  async updateDocument<R>(documentId: string, change: (doc: FactdeskDocument) => R): Promise<R> {
    this.assertWritable();
    const db = this.documents.get(documentId);
    if (!db) throw new UserError(`There is no document ${documentId} in this project.`, 'not-found');
    const before = db.data.claims.map((claim) => claim.id);
    let newText = false;
    try {
      return await db.update((doc) => {
        const saved = structuredClone(doc);
        try {
          const result = change(doc);
          assertFits(DocumentSchema, doc, 'document');
          // A new text is a new base for the document; other changes are operations in the log.
          if (doc.text === saved.text) {
            this.desk?.record(
              documentId,
              opsForDocument(saved, doc),
              this.checkerOf(doc.claims, saved.claims),
            );
          } else {
            newText = true;
          }
          return result;
        } catch (error) {
          restoreInPlace(doc, saved);
          throw error;
        }
      });
    } finally {
      const now = new Set(db.data.claims.map((claim) => claim.id));
      const kept = new Set(before.filter((id) => now.has(id)));
      this.documents.claimsMoved(
        documentId,
        before.filter((id) => !now.has(id)),
        db.data.claims.filter((claim) => !kept.has(claim.id)),
      );
      this.backups?.afterChange();
      if (newText) await this.desk?.addBase(db.data);
    }
  }

  /**
   * Every earlier version of a document with its text, oldest first, read from its versions file now.
   * A versions file that is missing or damaged is refused with its name; the document is not affected.
   */
  async earlierVersions(documentId: string): Promise<DocumentVersion[]> {
    try {
      return await this.versionTexts.earlierVersions(this.document(documentId));
    } catch (error) {
      if (!isDamagedFileError(error)) throw error;
      throw new DamagedFileError(
        error.file,
        `${error.message} The document itself is not affected; a backup of the project may still hold its earlier versions (Backups).`,
      );
    }
  }

  /** Writes a document's versions file (all its earlier versions) durably; its document file is not touched. */
  async saveEarlierVersions(documentId: string, versions: readonly DocumentVersion[]): Promise<void> {
    this.assertWritable();
    this.document(documentId);
    await this.versionTexts.write(documentId, versions);
  }

  /** Replaces the project's methodology paragraph (shown at the top of every report). */
  async setMethodology(text: string): Promise<ProjectView> {
    this.assertWritable();
    await this.project.update((file) => {
      const before = { methodology: file.methodology, updatedAt: file.updatedAt };
      file.methodology = text;
      file.updatedAt = now();
      try {
        assertFits(ProjectFileSchema, file, 'project');
      } catch (error) {
        Object.assign(file, before);
        throw error;
      }
    });
    this.backups?.afterChange();
    return this.view();
  }

  /** Every kind's checklist as this project uses it. */
  get checklists(): Checklists {
    return resolveChecklists(this.project.data.checklists);
  }

  /**
   * Replaces the project's own checklists; a kind whose list is the default one is not stored, so it
   * follows the defaults. Ticks stay on claims by item id: a reworded item keeps its ticks.
   */
  async setChecklists(checklists: ProjectChecklists): Promise<ProjectView> {
    this.assertWritable();
    const own = ownChecklists(checklists);
    await this.project.update((file) => {
      const before = { checklists: file.checklists, updatedAt: file.updatedAt };
      if (own) file.checklists = own;
      else delete file.checklists;
      file.updatedAt = now();
      try {
        assertFits(ProjectFileSchema, file, 'project');
      } catch (error) {
        if (before.checklists) file.checklists = before.checklists;
        else delete file.checklists;
        file.updatedAt = before.updatedAt;
        throw error;
      }
    });
    this.backups?.afterChange();
    return this.view();
  }

  /** The document a claim belongs to, among the documents read (all, unless opened on demand). */
  documentIdOf(claimId: string): string {
    const documentId = this.documents.documentOf(claimId);
    if (!documentId) throw new UserError(`There is no claim ${claimId} in this project.`, 'not-found');
    return documentId;
  }

  /** Waits for every pending write and backup, writes the claim index if it changed, then releases the lock. */
  async close(): Promise<void> {
    await this.flush();
    await this.desk?.markApplied();
    await this.backups?.idle();
    if (this.lock) await this.documents.saveIndex();
    else this.documents.stopIndexing();
    await this.lock?.release();
  }

  /** The adapter of a document's file: its writes wait for the change log that records them. */
  documentAdapter(documentId: string) {
    return documentFileAdapter(this.dir, documentPath(documentId), this.codec, () => this.flushLog());
  }

  /** The change logs, once the project is shared (null before, and when read-only). */
  get desk(): ProjectDesk | null {
    return this.deskLogs;
  }

  /**
   * Starts keeping change logs, to share the project: every document gets its base (after a backup)
   * and from now on every change is logged. Done once, by the first sync; a clone has them already.
   */
  async share(): Promise<ProjectDesk> {
    this.assertWritable();
    if (!this.deskLogs) {
      this.deskLogs = await ProjectDesk.open(this.dir, this.codec);
      await startDesk(this);
    }
    return this.deskLogs;
  }

  private flushLog(): Promise<void> {
    return this.deskLogs?.flush() ?? Promise.resolve();
  }

  /** Logs a change as the team desk's operations (shared projects only), from both sides of what it touched. */
  private recordInDesk(documentId: string, applied: AppliedChange): void {
    if (!this.desk) return;
    const side = (recorded: AppliedChange['before']) => ({
      claims: presentClaims(recorded),
      dismissed: recorded.fields.dismissed ?? [],
      boilerplate: recorded.fields.boilerplate ?? [],
    });
    const before = side(applied.before);
    const after = side(applied.after);
    this.desk.record(documentId, opsForDocument(before, after), this.checkerOf(after.claims, before.claims));
  }

  /** Who made a change: the checker its newest history line names, else this process's checker. */
  private checkerOf(after: readonly Claim[], before: readonly Claim[]): Checker {
    const lengths = new Map(before.map((claim) => [claim.id, claim.history.length]));
    for (const claim of after) {
      if (claim.history.length > (lengths.get(claim.id) ?? 0)) {
        const by = claim.history.at(-1)!.by;
        return { name: by, email: by === this.checker.name ? this.checker.email : undefined };
      }
    }
    return this.checker;
  }

  /** The documents' files and the project's list, for folding the shared logs into them (start-desk.ts). */
  get files(): { project: QueuedDb<ProjectFile>; documents: Map<string, QueuedDb<FactdeskDocument>> } {
    return { project: this.project, documents: this.documents.loadedFiles() };
  }

  /** Follows documents whose claims were folded anew from the logs. */
  reindex(documentId: string, previous: readonly string[]): void {
    this.documents.claimsMoved(documentId, previous, this.document(documentId).claims);
  }

  async flush(): Promise<void> {
    await Promise.all([
      this.project.flush(),
      ...[...this.documents.values()].map((db) => db.flush()),
      this.versionTexts.flush(),
    ]);
  }

  /**
   * A project written by an older Factdesk (its `project.json` of an older schema) is upgraded once,
   * when it is first opened for writing: a `before-upgrade` backup, then `project.json` written in
   * the current schema (each document file follows when it is next written). Without that backup
   * nothing is upgraded and the project is not opened for writing.
   */
  private async upgrade(storedVersion: number | undefined): Promise<void> {
    if (!this.lock || storedVersion === undefined || storedVersion >= CURRENT_SCHEMA_VERSION) return;
    await this.backups?.before('before-upgrade');
    this.upgradeBackedUp = true;
    await this.project.update(() => undefined);
  }

  /** A before-upgrade backup was taken at this open. */
  private upgradeBackedUp = false;

  /**
   * Schema 3 keeps earlier texts out of document files: with the write lock, texts an older file
   * holds inline are moved to their versions files after a backup. When that cannot be done (no
   * backup could be made, a write failed) the project opens all the same, texts inline, and the
   * move is tried again at the next open.
   */
  private async moveInlineVersionTexts(dbs: readonly QueuedDb<FactdeskDocument>[]): Promise<void> {
    if (!this.lock || !dbs.some((db) => hasInlineVersionTexts(db.data))) return;
    try {
      const pending = new Map(dbs.map((db) => [db.data.id, db]));
      await moveInlineVersionTexts(pending, this.versionTexts, async () => {
        if (!this.upgradeBackedUp) await this.backups?.before('before-upgrade');
        this.upgradeBackedUp = true;
      });
    } catch (error) {
      console.warn(
        `[factdesk] Earlier versions were left inside their documents for now: ${messageFor(error)}`,
      );
    }
  }

  private assertWritable(): void {
    if (!this.lock)
      throw new UserError('This project is open read-only, so it cannot be changed.', 'read-only');
  }
}

function checkerOf(options: OpenOptions): Checker {
  return options.checker ?? { name: options.tool };
}

/** A project is shared once it has desk/project.json (written by its first sync, or cloned). */
async function isShared(folder: string): Promise<boolean> {
  return access(join(folder, DESK_PROJECT_FILE)).then(
    () => true,
    () => false,
  );
}
