import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { canAmendNote, presentClaims, type DocumentOperation } from '../../shared/changes';
import { UserError } from '../../shared/errors';
import type {
  ClaimChanges,
  ClaimRow,
  DocumentDateChange,
  DuplicateDraft,
  ImportProgress,
  ImportResult,
  PendingOpen,
  ProjectView,
  RevisionResult,
  UndoResult,
  UndoState,
} from '../../shared/ipc';
import type { AppSettings } from '../app/app-settings';
import { UndoHistory, type ProjectUndoEntry, type UndoStep } from '../claims/undo-history';
import { labelOf } from '../claims/undo-labels';
import type { ProjectAccess } from '../crypto/project-codec';
import { failureOf, importInBatches, type DraftToImport } from '../documents/import-batches';
import type { ExtractionRunner, JobSource } from '../extraction/extraction-runner';
import { OpenProject } from '../project/open-project';
import { reviseDocument } from '../revisions/revise-document';
import { languageOperation, publicationDateOperation, refindOperation } from '../extraction/document-jobs';
import type { ProjectRegistry } from './project-registry';

/** How the app's refusal of an earlier version's text ends: its own dialog offers the way through. */
const APP_EARLIER_HINT = 'Choose “Load it as a new version anyway” to load it all the same.';

/**
 * One window's (or one web workbench's) view of the services: the project it has open, if any.
 * All changes to that project go through here, on that project's write queues.
 */
export class WorkbenchSession {
  private current: OpenProject | null = null;

  private progress: ImportProgress | null = null;
  /** A folder the shell could not open by itself, waiting for the renderer to ask the person. */
  private waiting: PendingOpen | null = null;
  private readonly history = new UndoHistory();

  constructor(
    private readonly settings: AppSettings,
    private readonly registry: ProjectRegistry,
    private readonly tool: string,
    private readonly extraction: ExtractionRunner,
  ) {}

  /** How far the running import is, or null when none runs. */
  get importProgress(): ImportProgress | null {
    return this.progress;
  }

  get checker(): string {
    return this.settings.checker;
  }

  /** Who makes changes in this session, as the desk's logs record it. */
  get deskChecker(): { name: string; email?: string } {
    return { name: this.checker, ...(this.checkerEmail ? { email: this.checkerEmail } : {}) };
  }

  /** The checker's email for git commits ('' when none was given). */
  get checkerEmail(): string {
    return this.settings.checkerEmail;
  }

  /** The open project, or a clear error when none is open. */
  get project(): OpenProject {
    if (!this.current) throw new UserError('No project is open; open or create one first.', 'no-project');
    return this.current;
  }

  get hasProject(): boolean {
    return this.current !== null;
  }

  /** The project the shell handed to the renderer (it needs a passphrase or a backup), if any. */
  get pendingOpen(): PendingOpen | null {
    return this.waiting;
  }

  /** Hands a project the shell could not open to the renderer, which asks the person what it needs. */
  setPendingOpen(pending: PendingOpen): void {
    this.waiting = pending;
  }

  /** Creates a project; with a passphrase in `access`, an encrypted one. */
  async createProject(dir: string, title: string, access: ProjectAccess = {}): Promise<ProjectView> {
    return this.replaceProject(dir, () =>
      OpenProject.create(dir, title, { ...access, tool: this.tool, documents: 'in-use' }),
    );
  }

  /** Opens a project; an encrypted one needs its passphrase (or codec) in `access`. */
  async openProject(dir: string, access: ProjectAccess = {}): Promise<ProjectView> {
    return this.replaceProject(dir, () =>
      OpenProject.open(dir, { ...access, tool: this.tool, documents: 'in-use' }),
    );
  }

  /**
   * Opens a project only to read it (the desktop shell's `--self-test`): no write lock, no backups,
   * no recent-projects entry, so nothing on disk changes; every change is refused.
   */
  async openProjectReadOnly(dir: string, access: ProjectAccess = {}): Promise<ProjectView> {
    return this.replaceProject(
      dir,
      () =>
        OpenProject.open(dir, {
          ...access,
          tool: this.tool,
          readOnly: true,
          backups: false,
          documents: 'in-use',
        }),
      { remember: false },
    );
  }

  /** Closes the open project (flushing its writes and releasing its lock). */
  async closeProject(): Promise<void> {
    this.waiting = null;
    const open = this.current;
    if (!open) return;
    this.current = null;
    this.history.clear();
    this.registry.release(open.dir, this);
    await open.close();
  }

  /**
   * Imports drafts in batches (core/documents/import-batches.ts): drafts are read and their claims
   * found by extraction jobs (in workers, in the app and the web workbench), as many at once as the
   * machine has cores, and each batch is committed with one write of the project's list. `date` is
   * the publication date a person gave for them; without it each draft's own (metadata, else
   * dateline) is used. A draft that cannot be read is reported and the others still come in. A draft
   * the project already has (same text, or same file name), or that an earlier draft of this import
   * repeats, is held back and listed in `duplicates`, unless `duplicates` is 'import'.
   */
  async importDrafts(
    drafts: readonly DraftToImport[],
    date?: string,
    duplicates: 'hold' | 'import' = 'hold',
  ): Promise<ImportResult> {
    const project = this.project;
    this.progress = { file: drafts[0]?.name ?? '', index: 0, total: drafts.length, fraction: 0 };
    let results;
    try {
      results = await importInBatches(project, drafts, {
        runner: this.extraction,
        jobsAtOnce: availableParallelism(),
        checker: this.checker,
        ...(date ? { date } : {}),
        hold: duplicates === 'hold' ? 'any' : 'none',
        onProgress: (progress) => {
          // Which draft is being read: the last one while the last is being committed.
          this.progress = { ...progress, index: Math.min(progress.index, drafts.length - 1) };
        },
      });
    } finally {
      this.progress = null;
    }
    const imported: ImportResult['imported'][number][] = [];
    const failed: ImportResult['failed'][number][] = [];
    const held: DuplicateDraft[] = [];
    for (const result of results) {
      if (result.kind === 'imported') imported.push(result.item);
      else if (result.kind === 'held') held.push(result.duplicate);
      else failed.push(failureOf(result));
    }
    return { imported, failed, ...(held.length > 0 ? { duplicates: held } : {}) };
  }

  /**
   * Loads a new version of a document and carries its claims over. It cannot be undone with Undo (a
   * backup is taken before it instead), and earlier undo steps, which know only the old text, are dropped.
   * A draft with the text of an earlier version is refused unless `allowEarlierVersion`.
   */
  async reviseDocument(
    documentId: string,
    source: JobSource,
    allowEarlierVersion = false,
  ): Promise<RevisionResult> {
    const doc = await this.project.readDocument(documentId);
    const file = source.kind === 'file' ? basename(source.path) : source.fileName;
    this.progress = { file, index: 0, total: 1, fraction: 0 };
    try {
      const result = await reviseDocument(
        this.project,
        doc.id,
        source,
        this.checker,
        this.extraction,
        (fraction) => {
          this.progress = { file, index: 0, total: 1, fraction };
        },
        allowEarlierVersion ? undefined : { hint: APP_EARLIER_HINT },
      );
      this.history.clear();
      return result;
    } finally {
      this.progress = null;
    }
  }

  /**
   * Finds a document's claims again (in the worker): checked and manual claims stay, suggestions
   * found again keep their ids, dismissed quotes stay away. A snapshot comes first; one undo step.
   */
  async refindClaims(documentId: string): Promise<ClaimChanges> {
    const doc = await this.project.readDocument(documentId);
    await this.project.snapshot('before-reextract');
    const operation = await this.withProgress(doc.fileName, (report) =>
      refindOperation(doc, this.extraction, report),
    );
    return this.change(documentId, [operation]);
  }

  /**
   * Records the language the checker says a draft is in and finds its claims again in it (in the
   * worker), as `refindClaims` does: checked and manual claims stay. A snapshot comes first; one undo step.
   */
  async setLanguage(documentId: string, language: string): Promise<ClaimChanges> {
    const doc = await this.project.readDocument(documentId);
    await this.project.snapshot('before-reextract');
    const operation = await this.withProgress(doc.fileName, (report) =>
      languageOperation(doc, language, this.extraction, report),
    );
    return this.change(documentId, [operation]);
  }

  /**
   * Sets (or clears) a document's publication date, given by the person, and reads its claims' dates
   * again against it (in the worker). Verdicts, notes, citations and history are untouched; one undo step.
   */
  async setPublicationDate(documentId: string, date: string | null): Promise<DocumentDateChange> {
    const doc = await this.project.readDocument(documentId);
    const operation = await this.withProgress(doc.fileName, (report) =>
      publicationDateOperation(doc, date, this.extraction, report),
    );
    const changes = await this.change(documentId, [operation]);
    const after = await this.project.readDocument(documentId);
    return {
      documentId,
      documentDate: after.documentDate ?? null,
      documentDateSource: after.documentDateSource ?? null,
      changes,
    };
  }

  /** Changes one claim (one undo step) and resolves with its row once it is durable. */
  async changeClaim(claimId: string, operations: readonly DocumentOperation[]): Promise<ClaimRow> {
    await this.change(await this.project.locateClaim(claimId), operations);
    return this.project.readClaimRow(claimId);
  }

  /**
   * Changes one document's claims through the project's one write path, recorded for undo as both
   * sides of what it touched (one step, labelled in words). A note saved again within a short time by
   * the same checker, with nothing else in between, is the same edit: one undo step, one history entry.
   */
  async change(documentId: string, operations: readonly DocumentOperation[]): Promise<ClaimChanges> {
    const by = this.checker;
    const at = Date.now();
    const [first] = operations;
    const note = operations.length === 1 && first?.type === 'setNote' ? first : undefined;
    const extend = note && this.history.noteEditToExtend(note.claimId, by, at);
    const claim =
      note && (await this.project.readDocument(documentId)).claims.find((entry) => entry.id === note.claimId);
    // A note put back to what it was before the edit (emptied again, say) is a change of its own,
    // which Undo can take back, not a fold that would leave nothing to undo.
    const typedBack = extend && presentClaims(extend.before)[0]?.note === note?.note;
    const amendNote = Boolean(extend && !typedBack && claim && canAmendNote(claim, by));
    const result = await this.project.change(documentId, operations, {
      by,
      at: new Date(at).toISOString(),
      ...(amendNote ? { amendNote } : {}),
    });
    if (!result.changed) return result.changes;
    if (amendNote && extend?.note) {
      extend.after = result.after;
      extend.note.savedAt = at;
    } else {
      this.history.record({
        documentId,
        label: labelOf(operations),
        before: result.before,
        after: result.after,
        ...(note ? { note: { claimId: note.claimId, by, savedAt: at } } : {}),
      });
    }
    return result.changes;
  }

  /** What undo and redo would do now. */
  get undoState(): UndoState {
    return this.history.state;
  }

  /** Takes back the last change, durably; null when there is nothing to undo. */
  async undo(): Promise<UndoResult> {
    return this.travel(this.history.popUndo(), 'before', (entry) => this.history.pushUndone(entry));
  }

  /** Makes the last undone change again, durably. */
  async redo(): Promise<UndoResult> {
    return this.travel(this.history.popRedo(), 'after', (entry) => this.history.pushRedone(entry));
  }

  /** Records a change to the project's documents (removing one) so it can be undone. */
  recordProjectChange(entry: ProjectUndoEntry): void {
    this.history.record(entry);
  }

  /** The undo step of an import of this drop, when it is the last change: the drop's next file joins it. */
  importStepOf(group: string): ProjectUndoEntry | undefined {
    return this.history.importToExtend(group);
  }

  private async travel(
    entry: UndoStep | undefined,
    side: 'before' | 'after',
    done: (entry: UndoStep) => void,
  ): Promise<UndoResult> {
    let changes: ClaimChanges = { updated: [], removed: [] };
    if (entry && 'kind' in entry) {
      changes = await entry.apply(side);
      done(entry);
      // The documents list changed too: the renderer takes the project as it now is.
      return { changes, label: entry.label, ...this.history.state, project: this.project.view() };
    }
    if (entry) {
      const result = await this.project.change(entry.documentId, [{ type: 'restore', state: entry[side] }], {
        by: this.checker,
        at: new Date().toISOString(),
      });
      changes = result.changes;
      done(entry);
      // A rename taken back or made again: the documents list shows the title it now has.
      if ('title' in entry[side].fields) {
        return { changes, label: entry.label, ...this.history.state, project: this.project.view() };
      }
    }
    return { changes, label: entry?.label ?? null, ...this.history.state };
  }

  /** Runs one job about a stored document, reporting its progress as an import's of one file. */
  private async withProgress<T>(
    file: string,
    work: (report: (fraction: number) => void) => Promise<T>,
  ): Promise<T> {
    try {
      return await work((fraction) => {
        this.progress = { file, index: 0, total: 1, fraction };
      });
    } finally {
      this.progress = null;
    }
  }

  /** Ends the session: the project is closed and its writes flushed. */
  async close(): Promise<void> {
    await this.closeProject();
  }

  private async replaceProject(
    dir: string,
    open: () => Promise<OpenProject>,
    options: { readonly remember: boolean } = { remember: true },
  ): Promise<ProjectView> {
    if (this.current && this.registry.sameFolder(this.current.dir, dir)) return this.current.view();
    const key = this.registry.claim(dir, this);
    try {
      const project = await open();
      await this.closeProject();
      this.current = project;
      this.registry.confirm(key, this);
      this.waiting = null;
      if (options.remember) await this.settings.noteOpened(project.dir, project.title);
      return project.view();
    } catch (error) {
      this.registry.releaseClaim(key, this);
      throw error;
    }
  }
}
