import {
  resolveChecklists,
  type Checklists,
  type FactdeskDocument,
  type ProjectFile,
} from '../../shared/domain';
import { UserError } from '../../shared/errors';
import type { ClaimRow, ProjectView } from '../../shared/ipc';
import type { ClaimsPage } from '../../shared/ipc/claim-list-row';
import { withBackupOffer } from '../backups/damage-offer';
import { isDamagedFileError } from '../storage/damaged-file-error';
import type { FileCodec } from '../storage/file-codec';
import type { QueuedDb } from '../storage/queued-db';
import { claimsPage } from './claims-page';
import { deskCheckers } from './desk-checkers';
import { DocumentFiles } from './document-files';
import { claimRow, projectView } from './views';

/**
 * What an open project answers about its documents and claims, reading only: its view, the claims
 * list's pages, one claim or document, all of them for a report. Documents not held (a project open
 * on demand or in use) are read from their files here; `OpenProject` (open-project.ts) adds opening,
 * changing and closing.
 */
export abstract class ProjectReader {
  /** The document files, read at open or on demand, and which document holds each claim. */
  protected readonly documents: DocumentFiles;

  protected constructor(
    readonly dir: string,
    protected readonly project: QueuedDb<ProjectFile>,
    held: Map<string, QueuedDb<FactdeskDocument>>,
    /** How this project's files are stored (encrypted or not); its key lives only in memory. */
    readonly codec: FileCodec,
    /** Documents are read when needed rather than all held (see `OpenOptions.documents`). */
    onDemand: boolean,
  ) {
    this.documents = new DocumentFiles(
      dir,
      codec,
      () => project.data.documents,
      held,
      onDemand,
      () => this.flushLog(),
    );
  }

  /** Writes the team desk's pending log lines before a document file read later is written. */
  protected abstract flushLog(): Promise<void>;

  /** True when every document is read (always, unless opened with `documents: 'on-demand'`). */
  get complete(): boolean {
    return this.documents.complete;
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

  /** True when the project's files are encrypted. */
  get encrypted(): boolean {
    return this.codec.encrypted;
  }

  get title(): string {
    return this.project.data.title;
  }

  /** The project's identity, settings and drafts, with their claims' counts (no document need be held). */
  view(): ProjectView {
    this.assertAllKnown();
    return projectView(this.dir, this.project.data, (documentId) => this.documents.countsOf(documentId));
  }

  /** Every document (all must be read: see `loadAll`). */
  allDocuments(): FactdeskDocument[] {
    if (!this.documents.complete) throw new Error('Not every document of this project is read yet.');
    return this.project.data.documents.map((summary) => this.documents.get(summary.id)!.data);
  }

  /** A document held in memory (every one, unless opened on demand or in use: then see `readDocument`). */
  document(documentId: string): FactdeskDocument {
    const db = this.documents.get(documentId);
    if (!db) throw new UserError(`There is no document ${documentId} in this project.`, 'not-found');
    return db.data;
  }

  /**
   * A document to read, not to change: the one held, else read from its file now (not kept beyond a
   * few recent reads). What it gives must not be changed; changes go through `change`.
   */
  async readDocument(documentId: string): Promise<FactdeskDocument> {
    try {
      return await this.documents.read(documentId);
    } catch (error) {
      // A file damaged since open is refused as at open: named, with the newest good backup.
      if (isDamagedFileError(error)) throw await withBackupOffer(this.dir, error, this.codec);
      throw error;
    }
  }

  /**
   * Every document, read now where not held, for work over the whole project (a report, an export):
   * they are held only until the caller lets go of the array.
   */
  async readAllDocuments(): Promise<FactdeskDocument[]> {
    if (this.documents.complete) return this.allDocuments();
    const all: FactdeskDocument[] = [];
    for await (const doc of this.readEachDocument()) all.push(doc);
    return all;
  }

  /** Every name the project's claims were signed with, trimmed and sorted (the assignee field). */
  checkers(): string[] {
    this.assertAllKnown();
    return deskCheckers(this.project.data.documents.map((summary) => this.documents.signersOf(summary.id)));
  }

  /** Rows `offset` to `offset + limit` of the claims list, reading only the documents they are in. */
  claimsPage(offset: number, limit: number): Promise<ClaimsPage> {
    this.assertAllKnown();
    return claimsPage(
      this.project.data.documents.map((summary) => summary.id),
      (documentId) => this.documents.claimCountOf(documentId),
      (documentId) => this.readDocument(documentId),
      offset,
      limit,
    );
  }

  /** Every claim's full record, in document order (documents not held are read now, and let go). */
  async claimRows(): Promise<ClaimRow[]> {
    const rows: ClaimRow[] = [];
    for await (const doc of this.readEachDocument())
      for (const claim of doc.claims) rows.push(claimRow(doc, claim));
    return rows;
  }

  /** A claim's row, from its document held in memory (see `readClaimRow` for one that may not be). */
  claimRow(claimId: string): ClaimRow {
    return rowOf(this.document(this.documentIdOf(claimId)), claimId);
  }

  /** A claim's row, its document read now if it is not held; a claim no document holds is refused. */
  async readClaimRow(claimId: string): Promise<ClaimRow> {
    return rowOf(await this.readDocument(await this.locateClaim(claimId)), claimId);
  }

  /** The document a claim belongs to, among the documents read (all, unless opened on demand). */
  documentIdOf(claimId: string): string {
    const documentId = this.documents.documentOf(claimId);
    if (!documentId) throw new UserError(`There is no claim ${claimId} in this project.`, 'not-found');
    return documentId;
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

  /** Every kind's checklist as this project uses it. */
  get checklists(): Checklists {
    return resolveChecklists(this.project.data.checklists);
  }

  /** Refuses what needs every document's claims known (a project opened on demand, before `loadAll`). */
  protected assertAllKnown(): void {
    if (!this.documents.allKnown) throw new Error('Not every document of this project is read yet.');
  }
}

function rowOf(doc: FactdeskDocument, claimId: string): ClaimRow {
  const claim = doc.claims.find((entry) => entry.id === claimId);
  if (!claim) throw new UserError(`There is no claim ${claimId} in this project.`, 'not-found');
  return claimRow(doc, claim);
}
