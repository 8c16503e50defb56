import { z } from 'zod';
import type { ProjectHistoryLine } from '../desk/fold-project';

/** The project's own settings: its title, and the history of its settings as the desk logged them. */
export const projectSettingsChannelArgs = {
  /** Renames the open project: its title heads the workbench and every report, and travels to the other copies. */
  'project:setTitle': z.object({ title: z.string().trim().min(1).max(1000) }).strict(),
  /** Every edit of the project's title, methodology and checklists the desk logged, oldest first. */
  'project:settingsHistory': z.object({}).strict(),
} as const;

/** The history of the project's settings; `shared` false: the project is not shared, so nothing is logged. */
export interface ProjectSettingsHistory {
  readonly shared: boolean;
  readonly lines: readonly ProjectHistoryLine[];
}
