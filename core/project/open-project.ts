import type { ApplyContext, DocumentOperation } from '../../shared/changes';
import type { DocumentVersion, FactdeskDocument, ProjectChecklists, ProjectFile } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import type { ClaimRow, DocumentListItem, ProjectView } from '../../shared/ipc';
import { BackupScheduler, DEFAULT_BACKUP_POLICY } from '../backups/backup-scheduler';
import { listSnapshots, type SnapshotInfo } from '../backups/list-snapshots';
import type { SnapshotReason } from '../backups/snapshot-names';
import { ProjectDesk, type Checker } from '../desk/project-desk';
import { startDesk } from '../desk/start-desk';
import type { FileCodec } from '../storage/file-codec';
import type { ProjectLock } from '../storage/project-lock';
import type { QueuedDb } from '../storage/queued-db';
import * as drafts from './document-lifecycle';
import { checkerOf, type OpenOptions } from './open-options';
import { makeProjectFolder, openProjectFolder, type ProjectFolder } from './project-folder';
import { changeDocument, type ProjectChange } from './project-change';
import { documentFileAdapter, documentPath } from './project-files';
import type { ProjectParts } from './project-parts';
import * as settings from './project-settings';
import { SchemaUpgrade, needsUpgrade } from './schema-upgrade';
import { VersionTexts } from './version-texts';
import { ProjectReader } from './project-reader';
import { storedVersionHashes, textHash, type VersionHash } from '../revisions/version-hashes';

export type { ProjectChange } from './project-change';
export type { OpenOptions } from './open-options';

/**
 * An open project folder: its `project.json` and one lowdb file per document, each with its own
 * write queue, so marking a claim rewrites only the file of the document it belongs to. The
 * process holds the project's write lock while it is open for writing.
 *
 * This class opens and closes the project (the folder's checks, lock, key and files are read in
 * project-folder.ts); what it answers about its documents and claims is in project-reader.ts; what
 * changes it lives beside it, each in its own
 * file working on the project's parts (project-parts.ts): claims in project-change.ts, drafts added,
 * replaced and removed in document-lifecycle.ts, the methodology and checklists in
 * project-settings.ts, older schemas in schema-upgrade.ts.
 */
export class OpenProject extends ProjectReader {
  private readonly backups: BackupScheduler | null;

  /** The texts of documents' earlier versions, each in its own file beside its document's. */
  private readonly versionTexts: VersionTexts;

  /** What the change path, the drafts' lifecycle and the settings work on. */
  private readonly parts: ProjectParts;

  private readonly upgrades: SchemaUpgrade;

  private constructor(
    dir: string,
    project: QueuedDb<ProjectFile>,
    documents: Map<string, QueuedDb<FactdeskDocument>>,
    private readonly lock: ProjectLock | null,
    codec: FileCodec,
    /** The change logs: null until the project is shared, and when read-only. */
    private deskLogs: ProjectDesk | null,
    options: OpenOptions,
  ) {
    // A shared project is read whole (project-folder.ts), whatever was asked.
    super(dir, project, documents, codec, (options.documents ?? 'all') !== 'all' && deskLogs === null);
    const { backups } = options;
    const checker = checkerOf(options);
    this.backups =
      lock && backups !== false
        ? new BackupScheduler(dir, backups ?? DEFAULT_BACKUP_POLICY, () => this.flush())
        : null;
    this.versionTexts = new VersionTexts(dir, codec);
    const deskNow = () => this.deskLogs;
    this.parts = {
      dir,
      codec,
      project,
      documents: this.documents,
      versionTexts: this.versionTexts,
      backups: this.backups,
      get desk() {
        return deskNow();
      },
      checker,
      loadFile: (documentId) => this.loadFile(documentId),
      assertWritable: () => this.assertWritable(),
      documentAdapter: (documentId) => this.documentAdapter(documentId),
      flushLog: () => this.flushLog(),
    };
    this.upgrades = new SchemaUpgrade(this.parts, lock !== null);
  }

  /** Makes a new project folder at `dir`, which must not exist or be empty; encrypted when given a passphrase. */
  static async create(dir: string, title: string, options: OpenOptions): Promise<OpenProject> {
    const created = OpenProject.over(await makeProjectFolder(dir, title, options), options);
    created.backups?.startsNow();
    return created;
  }

  /**
   * Opens an existing project folder, validating every file (project-folder.ts: a damaged file is
   * offered its newest good backup, a wrong passphrase refused before anything is written), upgrades
   * an older schema, and takes a snapshot when the newest is old enough.
   */
  static async open(dir: string, options: OpenOptions): Promise<OpenProject> {
    // Files written while opening (an upgrade) wait for the change log, once there is a project to ask.
    let opened: OpenProject | undefined = undefined;
    const folder = await openProjectFolder(dir, options, () => opened?.flushLog() ?? Promise.resolve());
    opened = OpenProject.over(folder, options);
    try {
      await opened.upgrades.projectFile(folder.storedVersion);
    } catch (error) {
      await opened.close();
      throw error;
    }
    await opened.upgrades.documents([...opened.documents.values()]);
    if (options.documents === 'in-use' && !opened.desk) {
      try {
        await opened.readEachOnce();
      } catch (error) {
        await opened.close();
        throw error;
      }
    }
    await opened.backups?.atOpen(opened.project.data.documents.length === 0);
    if (opened.desk) await startDesk(opened);
    return opened;
  }

  private static over(folder: ProjectFolder, options: OpenOptions): OpenProject {
    const { dir, project, documents, lock, codec, desk } = folder;
    return new OpenProject(dir, project, documents, lock, codec, desk, options);
  }

  /** Reads every document not read yet (a project opened on demand, before a whole-project method). */
  async loadAll(): Promise<void> {
    await this.documents.loadAll();
    await this.upgrades.documents([...this.documents.values()]);
  }

  /** A document, read now if it was not; a document the project does not list is refused. */
  async loadDocument(documentId: string): Promise<FactdeskDocument> {
    return (await this.loadFile(documentId)).data;
  }

  get readOnly(): boolean {
    return this.lock === null;
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

  /** The one way claims change (project-change.ts): operations on one document, durable when it resolves. */
  change(
    documentId: string,
    operations: readonly DocumentOperation[],
    ctx: ApplyContext,
  ): Promise<ProjectChange> {
    return changeDocument(this.parts, documentId, operations, ctx);
  }

  /** Applies operations to one claim's document (read now if it was not) and resolves with the claim's row. */
  async changeClaim(
    claimId: string,
    operations: readonly DocumentOperation[],
    ctx: ApplyContext,
  ): Promise<ClaimRow> {
    await this.change(await this.locateClaim(claimId), operations, ctx);
    return this.readClaimRow(claimId);
  }

  /** Adds a draft at the end of the list or at `place` (document-lifecycle.ts). */
  addDocument(doc: FactdeskDocument, place?: number): Promise<DocumentListItem> {
    return drafts.addDocument(this.parts, doc, place);
  }

  /** Adds a batch of drafts as one group commit (document-lifecycle.ts). */
  addDocuments(docs: readonly FactdeskDocument[]): Promise<DocumentListItem[]> {
    return drafts.addDocuments(this.parts, docs);
  }

  /** Takes a draft out of the project; returns where it was in the list (document-lifecycle.ts). */
  removeDocument(documentId: string): Promise<number> {
    return drafts.removeDocument(this.parts, documentId);
  }

  /** Refuses removing a draft from a shared project (before any backup is taken for it). */
  assertRemovable(): void {
    drafts.assertRemovable(this.parts);
  }

  /** Replaces what it must of one document as a whole, validated whole (document-lifecycle.ts). */
  updateDocument<R>(documentId: string, change: (doc: FactdeskDocument) => R): Promise<R> {
    return drafts.replaceDocument(this.parts, documentId, change);
  }

  /** Every earlier version of a document with its text, oldest first, read from its versions file now. */
  async earlierVersions(documentId: string): Promise<DocumentVersion[]> {
    return drafts.earlierVersions(this.parts, await this.readDocument(documentId));
  }

  /**
   * The hashes of a document's earlier versions, as its entries keep them. A document from before
   * schema 6 is upgraded now when the project is writable (its hashes then kept); else they are
   * worked out from its versions file, which must be readable.
   */
  async earlierVersionHashes(documentId: string): Promise<VersionHash[]> {
    const doc = this.readOnly ? await this.readDocument(documentId) : await this.loadDocument(documentId);
    const stored = storedVersionHashes(doc);
    if (stored) return stored;
    const texts = await this.earlierVersions(documentId);
    return texts.map((version) => ({ number: version.number, hash: textHash(version.text) }));
  }

  /** Writes a document's versions file (all its earlier versions) durably; its document file is not touched. */
  async saveEarlierVersions(documentId: string, versions: readonly DocumentVersion[]): Promise<void> {
    this.assertWritable();
    await this.readDocument(documentId);
    await this.versionTexts.write(documentId, versions);
  }

  /** Renames the project (project-settings.ts). */
  async setTitle(title: string, by: Checker = this.parts.checker): Promise<ProjectView> {
    await settings.setTitle(this.parts, title, by);
    return this.view();
  }

  /** Replaces the project's methodology paragraph (shown at the top of every report). */
  async setMethodology(text: string, by: Checker = this.parts.checker): Promise<ProjectView> {
    await settings.setMethodology(this.parts, text, by);
    return this.view();
  }

  /** Replaces the project's own checklists (project-settings.ts). */
  async setChecklists(checklists: ProjectChecklists, by: Checker = this.parts.checker): Promise<ProjectView> {
    await settings.setChecklists(this.parts, checklists, by);
    return this.view();
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

  /** Who this process records as making changes (when a change does not name its checker). */
  get checker(): Checker {
    return this.parts.checker;
  }

  /** The change logs, once the project is shared (null before, and when read-only). */
  get desk(): ProjectDesk | null {
    return this.deskLogs;
  }

  /**
   * Starts keeping change logs, to share the project: every document gets its base (after a backup)
   * and from now on every change is logged. Done once, by the first sync; a clone has them already.
   */
  async share(by: Checker = this.parts.checker): Promise<ProjectDesk> {
    this.assertWritable();
    if (!this.deskLogs) {
      // A shared project is held whole: its logs are folded into every document.
      this.documents.keepAll();
      await this.loadAll();
      this.deskLogs = await ProjectDesk.open(this.dir, this.codec);
      await startDesk(this, by);
    }
    return this.deskLogs;
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
   * Opening in use: every document is read once, checked as at open, and let go, keeping what the
   * view, the claim index and the assignee field need (document-files.ts). Never holding them all,
   * the services' heap stays small, and so does what V8 lets grow before collecting. A document
   * from an older schema (earlier texts inline, or their hashes missing) is held, to upgrade it
   * (schema-upgrade.ts).
   */
  private async readEachOnce(): Promise<void> {
    for await (const doc of this.readEachDocument()) {
      if (!this.readOnly && needsUpgrade(doc)) await this.loadFile(doc.id);
      else this.documents.noteRead(doc);
    }
  }

  /** A document's file, read now if it was not, its earlier texts moved out after an upgrade. */
  private async loadFile(documentId: string): Promise<QueuedDb<FactdeskDocument>> {
    const known = this.documents.get(documentId);
    if (known) return known;
    const db = await this.documents.load(documentId);
    await this.upgrades.documents([db]);
    return db;
  }

  protected flushLog(): Promise<void> {
    return this.deskLogs?.flush() ?? Promise.resolve();
  }

  private assertWritable(): void {
    if (!this.lock)
      throw new UserError('This project is open read-only, so it cannot be changed.', 'read-only');
  }
}
