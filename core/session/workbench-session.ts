import type { Claim, FactdeskDocument } from '../../shared/domain';
import { codeOf, messageFor, UserError } from '../../shared/errors';
import type {
  ClaimChanges,
  ClaimRow,
  ImportProgress,
  ImportResult,
  PendingOpen,
  ProjectView,
  RevisionResult,
  UndoResult,
} from '../../shared/ipc';
import {
  UndoHistory,
  captureState,
  changesBetween,
  restoreState,
  type UndoEntry,
} from '../claims/undo-history';
import type { ExtractionRunner } from '../extraction/extraction-runner';
import type { AppSettings } from '../app/app-settings';
import type { ProjectAccess } from '../crypto/project-codec';
import { buildDocument } from '../drafts/build-document';
import type { DraftText } from '../drafts/read-draft';
import { OpenProject } from '../project/open-project';
import type { ProjectRegistry } from './project-registry';
import { reviseDocument } from '../revisions/revise-document';

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
    return this.replaceProject(dir, () => OpenProject.create(dir, title, { ...access, tool: this.tool }));
  }

  /** Opens a project; an encrypted one needs its passphrase (or codec) in `access`. */
  async openProject(dir: string, access: ProjectAccess = {}): Promise<ProjectView> {
    return this.replaceProject(dir, () => OpenProject.open(dir, { ...access, tool: this.tool }));
  }

  /**
   * Opens a project only to read it (the desktop shell's `--self-test`): no write lock, no backups,
   * no recent-projects entry, so nothing on disk changes; every change is refused.
   */
  async openProjectReadOnly(dir: string, access: ProjectAccess = {}): Promise<ProjectView> {
    return this.replaceProject(
      dir,
      () => OpenProject.open(dir, { ...access, tool: this.tool, readOnly: true, backups: false }),
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

  /** Imports drafts one by one; a draft that cannot be read is reported and the others still come in. */
  /** A draft's text from its file's bytes, read where claims are found (the desktop app's worker). */
  readDraft(fileName: string, bytes: Uint8Array): Promise<DraftText> {
    return this.extraction.readDraft(fileName, bytes);
  }

  async importDrafts(
    drafts: readonly (() => Promise<DraftText>)[],
    names: readonly string[],
  ): Promise<ImportResult> {
    const project = this.project;
    const imported: ImportResult['imported'][number][] = [];
    const failed: ImportResult['failed'][number][] = [];
    try {
      for (const [index, read] of drafts.entries()) {
        const file = names[index] ?? `draft ${index + 1}`;
        const report = (fraction: number) => {
          this.progress = { file, index, total: drafts.length, fraction };
        };
        report(0);
        try {
          const draft = await read();
          const extraction = await this.extraction.extract({ text: draft.text }, report);
          imported.push(await project.addDocument(buildDocument(draft, this.checker, extraction)));
        } catch (error) {
          failed.push({ file, error: messageFor(error), code: codeOf(error) });
        }
      }
    } finally {
      this.progress = null;
    }
    return { imported, failed };
  }

  /**
   * Loads a new version of a document and carries its claims over. It cannot be undone with Undo (a
   * backup is taken before it instead), and earlier undo steps, which know only the old text, are dropped.
   */
  async reviseDocument(documentId: string, read: () => Promise<DraftText>): Promise<RevisionResult> {
    const project = this.project;
    project.document(documentId);
    const draft = await read();
    this.progress = { file: draft.fileName, index: 0, total: 1, fraction: 0 };
    try {
      const result = await reviseDocument(
        project,
        documentId,
        draft,
        this.checker,
        this.extraction,
        (fraction) => {
          this.progress = { file: draft.fileName, index: 0, total: 1, fraction };
        },
      );
      this.history.clear();
      return result;
    } finally {
      this.progress = null;
    }
  }

  /** Changes one claim (recorded for undo) and resolves once it is durable. */
  async updateClaim(claimId: string, change: (claim: Claim, checker: string) => void): Promise<ClaimRow> {
    const documentId = this.project.documentIdOf(claimId);
    await this.editDocument(documentId, 'change a claim', (doc, by) => {
      const claim = doc.claims.find((entry) => entry.id === claimId);
      if (!claim) throw new UserError(`There is no claim ${claimId} in this project.`, 'not-found');
      change(claim, by);
      claim.updatedAt = new Date().toISOString();
    });
    return this.project.claimRow(claimId);
  }

  /** Changes one document's claims (recorded for undo); resolves with what changed once it is durable. */
  async editDocument(
    documentId: string,
    label: string,
    edit: (doc: FactdeskDocument, checker: string) => unknown,
  ): Promise<ClaimChanges> {
    const by = this.checker;
    return this.project.updateDocument(documentId, (doc) => {
      const before = captureState(doc);
      edit(doc, by);
      const changes = changesBetween(doc, before);
      if (
        changes.updated.length > 0 ||
        changes.removed.length > 0 ||
        before.dismissed.length !== doc.dismissed.length
      ) {
        this.history.record({ documentId, label, before, after: captureState(doc) });
      }
      return changes;
    });
  }

  /** Takes back the last change, durably; null when there is nothing to undo. */
  async undo(): Promise<UndoResult> {
    return this.travel(this.history.popUndo(), 'before', (entry) => this.history.pushUndone(entry));
  }

  /** Makes the last undone change again, durably. */
  async redo(): Promise<UndoResult> {
    return this.travel(this.history.popRedo(), 'after', (entry) => this.history.pushRedone(entry));
  }

  private async travel(
    entry: UndoEntry | undefined,
    side: 'before' | 'after',
    done: (entry: UndoEntry) => void,
  ): Promise<UndoResult> {
    let changes: ClaimChanges = { updated: [], removed: [] };
    if (entry) {
      changes = await this.project.updateDocument(entry.documentId, (doc) => {
        const current = captureState(doc);
        restoreState(doc, entry[side]);
        return changesBetween(doc, current);
      });
      done(entry);
    }
    return {
      changes,
      label: entry?.label ?? null,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
    };
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
