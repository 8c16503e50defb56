import type { ProjectSettingsHistory } from '../../shared/ipc/project-settings';
import type { OpenProject } from '../project/open-project';
import { isShared } from '../project/open-options';
import { DESK_PROJECT_FILE } from './desk-files';
import { ProjectDesk } from './project-desk';
import { readDeskProject } from './start-desk';

/**
 * Every logged edit of the project's title, methodology and checklists in clock order, the ones a
 * concurrent edit replaced included; none for a project that is not shared (nothing is logged).
 * A project open read-only has its logs read for it, nothing written.
 */
export async function settingsHistory(project: OpenProject): Promise<ProjectSettingsHistory> {
  const { dir, codec } = project;
  const desk = project.desk ?? ((await isShared(dir)) ? await ProjectDesk.open(dir, codec) : null);
  if (!desk) return { shared: false, lines: [] };
  // The title it was shared with, which the first rename replaced (unreadable: that line says only what it set).
  const sharedTitle = await readDeskProject(dir, (bytes) => codec.decode(bytes, DESK_PROJECT_FILE)).then(
    (identity) => identity.title,
    () => undefined,
  );
  return { shared: true, lines: desk.foldProject(project.files.project.data.id, sharedTitle).history };
}
