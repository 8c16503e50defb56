import type { App, JumpListCategory, JumpListItem } from 'electron';
import type { RecentProject } from '../../shared/ipc';

/** How many recent projects the Jump List shows. */
export const MAX_RECENT_IN_JUMP_LIST = 10;
/** Windows drops an item whose description (tool tip) is longer than this. */
const MAX_DESCRIPTION = 260;

/** How this app is started again: the executable, and in development the app path before a project. */
export interface Launcher {
  readonly execPath: string;
  /** `electron .` passes the app folder first; a packaged app has none. */
  readonly appPath: string | null;
}

/**
 * One argument on a Windows command line: quoted, with trailing backslashes doubled so that the
 * closing quote stays a quote (Windows paths cannot contain `"` themselves).
 */
export function quoteWindowsArgument(value: string): string {
  return `"${value.replace(/(\\+)$/, '$1$1')}"`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The Windows Jump List of recent projects: a custom category whose tasks start Factdesk with the
 * project's folder on the command line (a second instance hands it to the running one, which opens
 * it: see `projectPathFromArgv`). Folders cannot go in Windows' own Recent category, which lists
 * files of a registered type only. Items the user removed from the list must not come back at the
 * next update (Windows would then drop the whole category), so they are left out. Null (Windows'
 * standard list) when there is nothing to show.
 */
export function recentProjectsJumpList(
  recent: readonly RecentProject[],
  launcher: Launcher,
  removed: readonly JumpListItem[] = [],
): JumpListCategory[] | null {
  const removedArgs = new Set(removed.map((item) => item.args));
  const prefix = launcher.appPath === null ? '' : `${quoteWindowsArgument(launcher.appPath)} `;
  const items = recent
    .map((project): JumpListItem => ({
      type: 'task',
      title: clip(project.title || project.dir, MAX_DESCRIPTION),
      description: clip(project.dir, MAX_DESCRIPTION),
      program: launcher.execPath,
      args: `${prefix}${quoteWindowsArgument(project.dir)}`,
      iconPath: launcher.execPath,
      iconIndex: 0,
    }))
    .filter((item) => !removedArgs.has(item.args))
    .slice(0, MAX_RECENT_IN_JUMP_LIST);
  return items.length === 0 ? null : [{ type: 'custom', name: 'Recent Projects', items }];
}

/** Puts the recent projects in the Windows Jump List; elsewhere it does nothing. */
export function showRecentInJumpList(
  app: Pick<App, 'setJumpList' | 'getJumpListSettings'>,
  recent: readonly RecentProject[],
  launcher: Launcher,
  platform: NodeJS.Platform = process.platform,
  report: (message: string) => void = (message) => console.warn(`[factdesk] ${message}`),
): void {
  if (platform !== 'win32') return;
  const categories = recentProjectsJumpList(recent, launcher, app.getJumpListSettings().removedItems);
  const result = app.setJumpList(categories);
  // Group policy or privacy settings can forbid custom categories: the menu still has them.
  if (result !== 'ok') report(`Windows did not take the Jump List of recent projects (${result}).`);
}
