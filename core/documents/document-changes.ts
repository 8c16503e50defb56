import type { DocumentVersion, FactdeskDocument } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import type { ClaimChanges, DocumentRemoved, ImportResult, ProjectView } from '../../shared/ipc';
import { isDamagedFileError } from '../storage/damaged-file-error';
import { claimRow } from '../project/views';
import type { WorkbenchSession } from '../session/workbench-session';
import type { ProjectUndoEntry } from '../claims/undo-history';
import type { OpenProject } from '../project/open-project';

/**
 * Removes a draft from the project, with its claims: a backup is taken first (`before-remove`), and the
 * removal is one undo step that puts the draft back where it was, with its earlier versions.
 */
export async function removeDocument(
  session: WorkbenchSession,
  documentId: string,
): Promise<DocumentRemoved> {
  const project = session.project;
  const doc = structuredClone(await project.readDocument(documentId));
  project.assertRemovable();
  const versions = await readableVersions(session, doc);
  const backup = await project.snapshot('before-remove');
  const place = await project.removeDocument(documentId);
  const claimIds = doc.claims.map((claim) => claim.id);
  const putBack = async (): Promise<ClaimChanges> => {
    await project.addDocument(structuredClone(doc), place);
    if (versions.length > 0) await project.saveEarlierVersions(doc.id, versions);
    return { updated: doc.claims.map((claim) => claimRow(doc, claim)), removed: [] };
  };
  const takeOut = async (): Promise<ClaimChanges> => {
    await project.removeDocument(documentId);
    return { updated: [], removed: claimIds };
  };
  session.recordProjectChange({
    kind: 'project',
    label: `removing “${doc.title || doc.fileName}”`,
    apply: (side) => (side === 'before' ? putBack() : takeOut()),
  });
  return { project: project.view(), removed: claimIds, backup: backup?.name ?? null };
}

/**
 * Makes an import one undo step: undo takes the drafts it brought in out again (a `before-remove`
 * backup first, as for a removal), redo puts them back. Changes made to those drafts since are later
 * steps, so undo has taken them back before it reaches the import, and the drafts leave as imported.
 * The files of one drop arrive one request each with the drop's `group`: while the drop's step is
 * the last change, each file joins it, so a drop is one undo step however many files it had.
 */
export function recordImport(session: WorkbenchSession, result: ImportResult, group?: string): ImportResult {
  if (result.imported.length === 0) return result;
  const joined = group === undefined ? undefined : session.importStepOf(group);
  if (joined instanceof ImportStep) joined.add(result.imported);
  else session.recordProjectChange(new ImportStep(session.project, result.imported, group));
  return result;
}

/** The undo step of one import: the drafts it brought in, taken out and put back together. */
class ImportStep implements ProjectUndoEntry {
  readonly kind = 'project';
  private readonly drafts: ImportResult['imported'][number][] = [];
  private taken: FactdeskDocument[] = [];

  constructor(
    private readonly project: OpenProject,
    imported: ImportResult['imported'],
    readonly importGroup?: string,
  ) {
    this.add(imported);
  }

  add(imported: ImportResult['imported']): void {
    this.drafts.push(...imported);
  }

  get label(): string {
    const first = this.drafts[0]!;
    return this.drafts.length === 1
      ? `importing “${first.title || first.fileName}”`
      : `importing ${this.drafts.length} drafts`;
  }

  apply(side: 'before' | 'after'): Promise<ClaimChanges> {
    return side === 'before' ? this.takeOut() : this.putBack();
  }

  private async takeOut(): Promise<ClaimChanges> {
    const project = this.project;
    project.assertRemovable();
    const taken: FactdeskDocument[] = [];
    for (const entry of this.drafts) taken.push(structuredClone(await project.readDocument(entry.id)));
    this.taken = taken;
    await project.snapshot('before-remove');
    for (const entry of this.drafts) await project.removeDocument(entry.id);
    return { updated: [], removed: this.taken.flatMap((doc) => doc.claims.map((claim) => claim.id)) };
  }

  private async putBack(): Promise<ClaimChanges> {
    for (const doc of this.taken) await this.project.addDocument(structuredClone(doc));
    return {
      updated: this.taken.flatMap((doc) => doc.claims.map((claim) => claimRow(doc, claim))),
      removed: [],
    };
  }
}

/**
 * Gives a draft another title (in the documents list, the reports and ClaimReview): a `setTitle`
 * operation through the project's one write path, so it is one undo step like any other change.
 */
export async function renameDocument(
  session: WorkbenchSession,
  documentId: string,
  title: string,
): Promise<ProjectView> {
  const next = title.replace(/\s+/g, ' ').trim();
  if (!next) throw new UserError('A draft needs a title; type one, or keep the one it has.', 'refused');
  await session.change(documentId, [{ type: 'setTitle', title: next }]);
  return session.project.view();
}

/**
 * The draft's earlier versions, to put back if the removal is undone. A versions file that cannot be read
 * does not stop the removal (the backup taken first holds whatever it holds); undo then puts the draft
 * back as it was, its earlier versions unreadable as before.
 */
async function readableVersions(
  session: WorkbenchSession,
  doc: FactdeskDocument,
): Promise<DocumentVersion[]> {
  if (!doc.versions?.length) return [];
  try {
    return await session.project.earlierVersions(doc.id);
  } catch (error) {
    if (isDamagedFileError(error)) return [];
    throw error;
  }
}
