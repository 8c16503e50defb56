import type { Claim } from '../../shared/domain';
import { messageFor, UserError } from '../../shared/errors';
import type { ClaimRow, ImportProgress, ImportResult, ProjectView } from '../../shared/ipc';
import type { ExtractionRunner } from './extraction/extraction-runner';
import type { AppSettings } from './app-settings';
import { buildDocument } from './import/build-document';
import type { DraftText } from './import/read-draft';
import { OpenProject } from './project/open-project';
import type { ProjectRegistry } from './project-registry';

/**
 * One window's (or one web workbench's) view of the services: the project it has open, if any.
 * All changes to that project go through here, on that project's write queues.
 */
export class WorkbenchSession {
  private current: OpenProject | null = null;

  private progress: ImportProgress | null = null;

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
    if (!this.current) throw new UserError('No project is open; open or create one first.');
    return this.current;
  }

  get hasProject(): boolean {
    return this.current !== null;
  }

  async createProject(dir: string, title: string): Promise<ProjectView> {
    return this.replaceProject(dir, () => OpenProject.create(dir, title, { tool: this.tool }));
  }

  async openProject(dir: string): Promise<ProjectView> {
    return this.replaceProject(dir, () => OpenProject.open(dir, { tool: this.tool }));
  }

  /** Closes the open project (flushing its writes and releasing its lock). */
  async closeProject(): Promise<void> {
    const open = this.current;
    if (!open) return;
    this.current = null;
    this.registry.release(open.dir, this);
    await open.close();
  }

  /** Imports drafts one by one; a draft that cannot be read is reported and the others still come in. */
  async importDrafts(
    drafts: readonly (() => Promise<DraftText>)[],
    names: readonly string[],
  ): Promise<ImportResult> {
    const project = this.project;
    const imported: ImportResult['imported'][number][] = [];
    const failed: { file: string; error: string }[] = [];
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
          failed.push({ file, error: messageFor(error) });
        }
      }
    } finally {
      this.progress = null;
    }
    return { imported, failed };
  }

  updateClaim(claimId: string, change: (claim: Claim, checker: string) => void): Promise<ClaimRow> {
    const checker = this.checker;
    return this.project.updateClaim(claimId, (claim) => change(claim, checker));
  }

  /** Ends the session: the project is closed and its writes flushed. */
  async close(): Promise<void> {
    await this.closeProject();
  }

  private async replaceProject(dir: string, open: () => Promise<OpenProject>): Promise<ProjectView> {
    if (this.current && this.registry.sameFolder(this.current.dir, dir)) return this.current.view();
    const key = this.registry.claim(dir, this);
    try {
      const project = await open();
      await this.closeProject();
      this.current = project;
      this.registry.confirm(key, this);
      await this.settings.noteOpened(project.dir, project.title);
      return project.view();
    } catch (error) {
      this.registry.releaseClaim(key, this);
      throw error;
    }
  }
}
