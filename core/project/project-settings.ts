import {
  ownChecklists,
  ProjectFileSchema,
  type ProjectChecklists,
  type ProjectFile,
} from '../../shared/domain';
import { DeskOpSchema, type DeskOp } from '../../shared/desk';
import type { Checker } from '../desk/project-desk';
import { assertFits, restoreInPlace } from '../storage/change-guard';
import { now } from './ids';
import type { ProjectParts } from './project-parts';

/** Renames the project (its title heads the workbench and every report); a shared one logs it for the other copies. */
export async function setTitle(parts: ProjectParts, title: string, by: Checker): Promise<void> {
  parts.assertWritable();
  if (title === parts.project.data.title) return;
  await recordSetting(parts, { op: 'title', title }, by);
  await changeProjectFile(parts, (file) => {
    file.title = title;
  });
}

/** Replaces the project's methodology paragraph (shown at the top of every report). */
export async function setMethodology(parts: ProjectParts, text: string, by: Checker): Promise<void> {
  parts.assertWritable();
  await recordSetting(parts, { op: 'methodology', text }, by);
  await changeProjectFile(parts, (file) => {
    file.methodology = text;
  });
}

/**
 * Replaces the project's own checklists; a kind whose list is the default one is not stored, so it
 * follows the defaults. Ticks stay on claims by item id: a reworded item keeps its ticks.
 */
export async function setChecklists(
  parts: ProjectParts,
  checklists: ProjectChecklists,
  by: Checker,
): Promise<void> {
  parts.assertWritable();
  const own = ownChecklists(checklists);
  await recordSetting(parts, { op: 'checklists', checklists: own }, by);
  await changeProjectFile(parts, (file) => {
    if (own) file.checklists = own;
    else delete file.checklists;
  });
}

/**
 * A shared project logs a change of its settings, durably, before project.json shows it, so the
 * other copies receive it (a setting that does not fit is refused before anything is written).
 */
async function recordSetting(parts: ProjectParts, op: DeskOp, by: Checker): Promise<void> {
  if (!parts.desk) return;
  assertFits(DeskOpSchema, op, 'project');
  parts.desk.record(parts.project.data.id, [op], by);
  await parts.flushLog();
}

/** Writes a document's title into the project's list (after its own file has it). */
export async function retitleInList(parts: ProjectParts, documentId: string, title: string): Promise<void> {
  await parts.project.update((file) => {
    const entry = file.documents.find((summary) => summary.id === documentId);
    if (entry) entry.title = title;
    file.updatedAt = now();
  });
}

/**
 * Changes `project.json` and checks it still fits the project format; one that would not is put
 * back as it was and refused, and nothing is written.
 */
async function changeProjectFile(parts: ProjectParts, change: (file: ProjectFile) => void): Promise<void> {
  await parts.project.update((file) => {
    const saved = structuredClone(file);
    change(file);
    file.updatedAt = now();
    try {
      assertFits(ProjectFileSchema, file, 'project');
    } catch (error) {
      restoreInPlace(file, saved);
      throw error;
    }
  });
  parts.backups?.afterChange();
}
