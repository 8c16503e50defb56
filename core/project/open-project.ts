import { access, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  ClaimSchema,
  CURRENT_SCHEMA_VERSION,
  DocumentSchema,
  ProjectFileSchema,
  type Claim,
  type DocumentVersion,
  type FactdeskDocument,
  type ProjectFile,
} from '../../shared/domain';
import { UserError, messageFor } from '../../shared/errors';
import type { ClaimRow, DocumentListItem, ProjectView } from '../../shared/ipc';
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
} from './project-files';
import { ClaimIndex } from './claim-index';
import { opsForClaim, opsForDocument } from '../../shared/desk';
import { ProjectDesk, type Checker } from '../desk/project-desk';
import { startDesk } from '../desk/start-desk';
import { DESK_PROJECT_FILE } from '../desk/desk-files';
import { moveInlineVersionTexts } from './move-version-texts';
import { VersionTexts } from './version-texts';
import { claimRow, documentListItem, projectView, summaryOf } from './views';

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
}

/**
 * An open project folder: its `project.json` and one lowdb file per document, each with its own
 * write queue, so marking a claim rewrites only the file of the document it belongs to. The
 * process holds the project's write lock while it is open for writing.
 */
export class OpenProject {
  /** Which document holds each claim; built after open, on first use (see ClaimIndex). */
  private readonly claimIndex: ClaimIndex;

  private readonly backups: BackupScheduler | null;

  /** The texts of documents' earlier versions, each in its own file beside its document's. */
  private readonly versionTexts: VersionTexts;

  private constructor(
    readonly dir: string,
    private readonly project: QueuedDb<ProjectFile>,
    private readonly documents: Map<string, QueuedDb<FactdeskDocument>>,
    private readonly lock: ProjectLock | null,
    /** How this project's files are stored (encrypted or not); its key lives only in memory. */
    readonly codec: FileCodec,
    backups: BackupPolicy | false | undefined,
    /** The change logs: null until the project is shared, and when read-only. */
    private deskLogs: ProjectDesk | null,
    private readonly checker: Checker,
  ) {
    this.claimIndex = new ClaimIndex(documents.keys(), (id) => documents.get(id)?.data.claims);
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
    try {
      if (lock) await clearLeftovers(folder);
      const desk = lock && (await isShared(folder)) ? await ProjectDesk.open(folder, codec) : null;
      const files = await loadProjectFiles(folder, codec, () => opened?.flushLog() ?? Promise.resolve());
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
    await opened.moveInlineVersionTexts();
    await opened.backups?.atOpen();
    if (opened.desk) await startDesk(opened);
    return opened;
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

  allDocuments(): FactdeskDocument[] {
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

  /** Adds a document (its file first, then the project's list, so the list never names a missing file). */
  async addDocument(doc: FactdeskDocument): Promise<DocumentListItem> {
    this.assertWritable();
    assertFits(DocumentSchema, doc, 'document');
    const db = await QueuedDb.create(this.documentAdapter(doc.id), doc);
    await this.desk?.addBase(doc);
    this.documents.set(doc.id, db);
    this.claimIndex.addClaims(doc.id, doc.claims);
    await this.project.update((file) => {
      file.documents.push(summaryOf(doc));
      file.updatedAt = now();
    });
    this.backups?.afterChange();
    return documentListItem(this.project.data, doc);
  }

  /** Adds many documents at once: each file, then one write of the project's list. */
  async addDocuments(docs: readonly FactdeskDocument[]): Promise<void> {
    this.assertWritable();
    for (const doc of docs) assertFits(DocumentSchema, doc, 'document');
    for (const doc of docs) {
      const db = await QueuedDb.create(this.documentAdapter(doc.id), doc);
      await this.desk?.addBase(doc);
      this.documents.set(doc.id, db);
      this.claimIndex.addClaims(doc.id, doc.claims);
    }
    await this.project.update((file) => {
      for (const doc of docs) file.documents.push(summaryOf(doc));
      file.updatedAt = now();
    });
    this.backups?.afterChange();
  }

  /**
   * Changes one claim and resolves once the change is durable; only its document's file is written.
   * A change that would not fit the project format is undone and refused, so no file is ever written
   * that Factdesk could not read back.
   */
  async updateClaim(claimId: string, change: (claim: Claim) => void): Promise<ClaimRow> {
    this.assertWritable();
    const documentId = this.documentIdOf(claimId);
    const db = this.documents.get(documentId);
    if (!db) throw new UserError(`There is no claim ${claimId} in this project.`, 'not-found');
    await db.update((doc) => {
      const index = doc.claims.findIndex((entry) => entry.id === claimId);
      const claim = doc.claims[index];
      if (!claim) throw new UserError(`There is no claim ${claimId} in this project.`, 'not-found');
      const before = structuredClone(claim);
      try {
        change(claim);
        claim.updatedAt = now();
        assertFits(ClaimSchema, claim, 'claim');
      } catch (error) {
        doc.claims[index] = before;
        throw error;
      }
      this.desk?.record(documentId, opsForClaim(before, claim), this.checkerOf([claim], [before]));
    });
    this.backups?.afterChange();
    return this.claimRow(claimId);
  }

  /**
   * Changes one document (its claims, boilerplate, dismissed list) and resolves once it is durable.
   * The claim index follows claims that were added or removed.
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
      this.claimIndex.forget(before);
      this.claimIndex.addClaims(documentId, db.data.claims);
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

  /** The document a claim belongs to. */
  documentIdOf(claimId: string): string {
    const documentId = this.claimIndex.documentOf(claimId);
    if (!documentId) throw new UserError(`There is no claim ${claimId} in this project.`, 'not-found');
    return documentId;
  }

  /** Waits for every pending write and backup, then releases the lock. */
  async close(): Promise<void> {
    this.claimIndex.stop();
    await this.flush();
    await this.desk?.markApplied();
    await this.backups?.idle();
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
    return { project: this.project, documents: this.documents };
  }

  /** Follows documents whose claims were folded anew from the logs. */
  reindex(documentId: string, previous: readonly string[]): void {
    this.claimIndex.forget(previous);
    this.claimIndex.addClaims(documentId, this.document(documentId).claims);
  }

  async flush(): Promise<void> {
    await Promise.all([
      this.project.flush(),
      ...[...this.documents.values()].map((db) => db.flush()),
      this.versionTexts.flush(),
    ]);
  }

  /**
   * Schema 3 keeps earlier texts out of document files: with the write lock, texts an older file
   * holds inline are moved to their versions files after a backup. When that cannot be done (no
   * backup could be made, a write failed) the project opens all the same, texts inline, and the
   * move is tried again at the next open.
   */
  private async moveInlineVersionTexts(): Promise<void> {
    if (!this.lock) return;
    try {
      await moveInlineVersionTexts(this.documents, this.versionTexts, async () => {
        await this.backups?.before('before-upgrade');
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
