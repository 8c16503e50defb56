import type { MenuItemConstructorOptions } from 'electron';
import type { RecentProject } from '../../shared/ipc';

/** What the File menu's own commands do (the desktop app implements them in main). */
export interface MenuCommands {
  newProject(): void;
  openProject(): void;
  openRecent(dir: string): void;
  importDrafts(): void;
  /** Help › About Factdesk: the renderer's About dialog (version and licences). */
  showAbout(): void;
}

/** What the menu shows. */
export interface MenuModel {
  readonly platform: NodeJS.Platform;
  /** Packaged builds have no DevTools. */
  readonly isPackaged: boolean;
  readonly recent: readonly RecentProject[];
}

/** Ids of the File menu's own items (`Menu.getApplicationMenu().getMenuItemById`, used by e2e tests). */
export const MENU_IDS = {
  newProject: 'file.new-project',
  openProject: 'file.open-project',
  openRecent: 'file.open-recent',
  importDrafts: 'file.import-drafts',
  about: 'help.about',
} as const;

/** How many recent projects the File menu lists. */
export const MAX_RECENT_IN_MENU = 10;

/**
 * One Open Recent entry. macOS shows the folder under the title (`sublabel`, with a tool tip);
 * Windows and Linux have neither, so two projects with one title would look the same: there the
 * folder goes into the label, with `&` doubled (a single one would mark a mnemonic).
 */
export function recentEntryLabel(
  project: RecentProject,
  platform: NodeJS.Platform,
): Pick<MenuItemConstructorOptions, 'label' | 'sublabel' | 'toolTip'> {
  const title = project.title || project.dir;
  if (platform === 'darwin') return { label: title, sublabel: project.dir, toolTip: project.dir };
  const label = project.title ? `${project.title} — ${project.dir}` : project.dir;
  return { label: label.replaceAll('&', '&&') };
}

function recentItems(model: MenuModel, commands: MenuCommands): MenuItemConstructorOptions[] {
  const recent = model.recent.slice(0, MAX_RECENT_IN_MENU);
  if (recent.length === 0) return [{ label: 'No Recent Projects', enabled: false }];
  return recent.map((project) => ({
    ...recentEntryLabel(project, model.platform),
    click: () => commands.openRecent(project.dir),
  }));
}

/**
 * The application menu with each platform's standard roles: the app menu on macOS; File with
 * New Project…, Open Project…, Open Recent, Import Drafts… and Close Window; Edit; View (DevTools
 * only in development builds); Window; Help with About Factdesk (also first in the macOS app menu),
 * which opens the renderer's About dialog with the version and the licences.
 */
export function buildMenuTemplate(model: MenuModel, commands: MenuCommands): MenuItemConstructorOptions[] {
  const mac = model.platform === 'darwin';
  // `&` marks a mnemonic (Alt+letter) on Windows and Linux; macOS has none.
  const label = (text: string) => (mac ? text.replace('&', '') : text);
  const file: MenuItemConstructorOptions = {
    label: label('&File'),
    submenu: [
      {
        id: MENU_IDS.newProject,
        label: 'New Project…',
        accelerator: 'CmdOrCtrl+Shift+N',
        click: () => commands.newProject(),
      },
      {
        id: MENU_IDS.openProject,
        label: 'Open Project…',
        accelerator: 'CmdOrCtrl+O',
        click: () => commands.openProject(),
      },
      { id: MENU_IDS.openRecent, label: 'Open Recent', submenu: recentItems(model, commands) },
      { type: 'separator' },
      { id: MENU_IDS.importDrafts, label: 'Import Drafts…', click: () => commands.importDrafts() },
      { type: 'separator' },
      { role: 'close', label: 'Close Window' },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: label('&View'),
    submenu: [
      { role: 'reload' },
      ...(model.isPackaged ? [] : [{ role: 'forceReload' } as const, { role: 'toggleDevTools' } as const]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const about: MenuItemConstructorOptions = { label: 'About Factdesk', click: () => commands.showAbout() };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: label('&Help'),
    submenu: [{ ...about, id: MENU_IDS.about }],
  };
  // macOS's standard app menu, but with our About (the native panel cannot list licences).
  const appMenu: MenuItemConstructorOptions = {
    label: 'Factdesk',
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  return [
    ...(mac ? [appMenu] : []),
    file,
    { role: 'editMenu', label: label('&Edit') },
    view,
    { role: 'windowMenu', label: label('&Window') },
    help,
  ];
}
