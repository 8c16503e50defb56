import { mkdir, readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  CURRENT_SCHEMA_VERSION,
  type Claim,
  type DocumentSummary,
  type FactdeskDocument,
  type ProjectFile,
} from '../../../shared/domain';
import { UserError } from '../../../shared/errors';
import type { ClaimRow, DocumentListItem, ProjectView } from '../../../shared/ipc';
import { newId, now } from '../ids';
import { describeIoError } from '../storage/json-file-adapter';
import { acquireProjectLock, type ProjectLock } from '../storage/project-lock';
import { QueuedDb } from '../storage/queued-db';
import {
  DOCUMENTS_FOLDER,
  PROJECT_FILE,
  documentFileAdapter,
  documentPath,
  projectFileAdapter,
} from './project-files';
import { claimRow, documentListItem, projectView } from './views';

/** How a project is opened: `tool` names this process in the lock ("app", "cli", "web workbench"). */
export interface OpenOptions {
  readonly tool: string;
  /** Read without taking the write lock; every change is refused. */
  readonly readOnly?: boolean;
}

/**
 * An open project folder: its `project.json` and one lowdb file per document, each with its own
 * write queue, so marking a claim rewrites only the file of the document it belongs to. The
 * process holds the project's write lock while it is open for writing.
 */
export class OpenProject {
  private readonly claimToDocument = new Map<string, string>();

  private constructor(
    readonly dir: string,
    private readonly project: QueuedDb<ProjectFile>,
    private readonly documents: Map<string, QueuedDb<FactdeskDocument>>,
    private readonly lock: ProjectLock | null,
  ) {
    for (const [documentId, db] of documents) {
      for (const claim of db.data.claims) this.claimToDocument.set(claim.id, documentId);
    }
  }

  /** Makes a new project folder at `dir`, which must not exist or be empty. */
  static async create(dir: string, title: string, options: OpenOptions): Promise<OpenProject> {
    const folder = resolve(dir);
    await assertEmptyOrMissing(folder);
    await mkdir(`${folder}/${DOCUMENTS_FOLDER}`, { recursive: true });
    const lock = await acquireProjectLock(folder, options.tool);
    try {
      const at = now();
      const project = await QueuedDb.create(projectFileAdapter(folder), {
        format: 'factdesk-project',
        schemaVersion: CURRENT_SCHEMA_VERSION,
        id: newId('p'),
        title,
        createdAt: at,
        updatedAt: at,
        methodology: '',
        documents: [],
      } satisfies ProjectFile);
      return new OpenProject(folder, project, new Map(), lock);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** Opens an existing project folder, validating every file; a damaged file is named and left untouched. */
  static async open(dir: string, options: OpenOptions): Promise<OpenProject> {
    const folder = resolve(dir);
    await assertProjectFolder(folder);
    const lock = options.readOnly ? null : await acquireProjectLock(folder, options.tool);
    try {
      const project = await QueuedDb.load(projectFileAdapter(folder));
      if (!project) throw new UserError(`${folder} is not a Factdesk project: it has no ${PROJECT_FILE}.`);
      const documents = new Map<string, QueuedDb<FactdeskDocument>>();
      for (const summary of project.data.documents) {
        const db = await QueuedDb.load(documentFileAdapter(folder, summary.path));
        if (!db) throw new UserError(`${summary.path} is missing from the project, so it cannot be opened.`);
        documents.set(summary.id, db);
      }
      return new OpenProject(folder, project, documents, lock);
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  get readOnly(): boolean {
    return this.lock === null;
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
    if (!db) throw new UserError(`There is no document ${documentId} in this project.`);
    return db.data;
  }

  /** Every claim of every document, in document order, with what the table shows. */
  claimRows(): ClaimRow[] {
    return this.allDocuments().flatMap((doc) => doc.claims.map((claim) => claimRow(doc, claim)));
  }

  claimRow(claimId: string): ClaimRow {
    const doc = this.document(this.documentIdOf(claimId));
    const claim = doc.claims.find((entry) => entry.id === claimId);
    if (!claim) throw new UserError(`There is no claim ${claimId} in this project.`);
    return claimRow(doc, claim);
  }

  /** Adds a document (its file first, then the project's list, so the list never names a missing file). */
  async addDocument(doc: FactdeskDocument): Promise<DocumentListItem> {
    this.assertWritable();
    const path = documentPath(doc.id);
    const db = await QueuedDb.create(documentFileAdapter(this.dir, path), doc);
    this.documents.set(doc.id, db);
    for (const claim of doc.claims) this.claimToDocument.set(claim.id, doc.id);
    await this.project.update((file) => {
      file.documents.push(summaryOf(doc));
      file.updatedAt = now();
    });
    return documentListItem(this.project.data, doc);
  }

  /** Adds many documents at once: each file, then one write of the project's list. */
  async addDocuments(docs: readonly FactdeskDocument[]): Promise<void> {
    this.assertWritable();
    for (const doc of docs) {
      const db = await QueuedDb.create(documentFileAdapter(this.dir, documentPath(doc.id)), doc);
      this.documents.set(doc.id, db);
      for (const claim of doc.claims) this.claimToDocument.set(claim.id, doc.id);
    }
    await this.project.update((file) => {
      for (const doc of docs) file.documents.push(summaryOf(doc));
      file.updatedAt = now();
    });
  }

  /** Changes one claim and resolves once the change is durable; only its document's file is written. */
  async updateClaim(claimId: string, change: (claim: Claim) => void): Promise<ClaimRow> {
    this.assertWritable();
    const documentId = this.documentIdOf(claimId);
    const db = this.documents.get(documentId);
    if (!db) throw new UserError(`There is no claim ${claimId} in this project.`);
    await db.update((doc) => {
      const claim = doc.claims.find((entry) => entry.id === claimId);
      if (!claim) throw new UserError(`There is no claim ${claimId} in this project.`);
      change(claim);
      claim.updatedAt = now();
    });
    return this.claimRow(claimId);
  }

  /**
   * Changes one document (its claims, boilerplate, dismissed list) and resolves once it is durable.
   * The claim index follows claims that were added or removed.
   */
  async updateDocument<R>(documentId: string, change: (doc: FactdeskDocument) => R): Promise<R> {
    this.assertWritable();
    const db = this.documents.get(documentId);
    if (!db) throw new UserError(`There is no document ${documentId} in this project.`);
    const before = db.data.claims.map((claim) => claim.id);
    try {
      return await db.update(change);
    } finally {
      for (const id of before) this.claimToDocument.delete(id);
      for (const claim of db.data.claims) this.claimToDocument.set(claim.id, documentId);
    }
  }

  /** Replaces the project's methodology paragraph (shown at the top of every report). */
  async setMethodology(text: string): Promise<ProjectView> {
    this.assertWritable();
    await this.project.update((file) => {
      file.methodology = text;
      file.updatedAt = now();
    });
    return this.view();
  }

  /** The document a claim belongs to. */
  documentIdOf(claimId: string): string {
    const documentId = this.claimToDocument.get(claimId);
    if (!documentId) throw new UserError(`There is no claim ${claimId} in this project.`);
    return documentId;
  }

  /** Waits for every pending write, then releases the lock. */
  async close(): Promise<void> {
    await this.flush();
    await this.lock?.release();
  }

  async flush(): Promise<void> {
    await Promise.all([this.project.flush(), ...[...this.documents.values()].map((db) => db.flush())]);
  }

  private assertWritable(): void {
    if (!this.lock) throw new UserError('This project is open read-only, so it cannot be changed.');
  }
}

function summaryOf(doc: FactdeskDocument): DocumentSummary {
  return {
    id: doc.id,
    title: doc.title,
    fileName: doc.fileName,
    sourceFormat: doc.sourceFormat,
    importedAt: doc.importedAt,
    path: documentPath(doc.id),
  };
}

async function assertEmptyOrMissing(folder: string): Promise<void> {
  try {
    const entries = await readdir(folder);
    if (entries.length > 0) {
      throw new UserError(`${folder} already exists and is not empty; choose a new folder for the project.`);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    throw new UserError(`Factdesk cannot create a project at ${folder}: ${describeIoError(error)}.`);
  }
}

async function assertProjectFolder(folder: string): Promise<void> {
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw new UserError(`${folder} is a file, not a Factdesk project folder.`);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Factdesk cannot open ${folder}: ${describeIoError(error)}.`);
  }
}
