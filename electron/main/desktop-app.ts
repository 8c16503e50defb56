import { app, BrowserWindow, dialog, Menu, screen } from 'electron';
import path from 'node:path';
import type { ProjectView, RecentProject } from '../../shared/ipc';
import { classifyOpenRefusal } from '../../shared/ipc/open-refusals';
import type { Dialogs } from '../../core/service-types';
import type { Services } from '../../core';
import { APP_ENTRY_URL } from './app-origin';
import { createAppWindow, windowStateOf } from './create-window';
import { titleFromProjectDir } from './dialogs';
import { runForWindow } from './dialog-parent';
import type { ChannelReply, ElectronRouter } from './electron-router';
import { showRecentInJumpList } from './jump-list';
import { buildMenuTemplate, type MenuCommands } from './menu';
import type { AppWindowEntry, WindowRegistry } from './window-registry';
import {
  cascade,
  clampWindowState,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  saveWindowState,
  type WindowState,
} from './window-state';

type Entry = AppWindowEntry<BrowserWindow>;

/** What the desktop app is built from (all made in `main.ts`). */
export interface DesktopAppOptions {
  readonly services: Services;
  readonly dialogs: Dialogs;
  readonly router: ElectronRouter;
  readonly registry: WindowRegistry<BrowserWindow>;
  readonly preload: string;
  readonly userDataDir: string;
}

const CASCADE_STEP = 28;

function samePath(a: string, b: string): boolean {
  const [x, y] = [path.resolve(a), path.resolve(b)];
  return process.platform === 'linux' ? x === y : x.toLowerCase() === y.toLowerCase();
}

/**
 * The desktop shell's windows and File-menu commands.
 *
 * How the menu talks to the renderer: it does not. Menu commands that change the open project
 * (New, Open, Open Recent, Import Drafts) run in main through the router's `dispatch`, that is
 * through the very handlers and argument validation the renderer's calls use, and then reload
 * the window, whose renderer asks `project:current` on start like any launch. This needs no
 * main → renderer channel (so the renderer has nothing extra to listen to, and the contract
 * stays request/response only); the cost, a reload after a menu command, is a few milliseconds
 * because all state lives in main.
 */
/** How long closing a window waits for a shared project's last sync before leaving it for next time. */
const SYNC_ON_CLOSE_MS = 30_000;

export class DesktopApp {
  private savedState: WindowState | null = null;
  private recent: readonly RecentProject[] = [];
  private quitting = false;
  /** Writes that quitting must wait for: sessions closing, window state being saved. */
  private readonly settling = new Set<Promise<unknown>>();

  constructor(private readonly options: DesktopAppOptions) {}

  /** Reads the remembered window state; call once before the first window. */
  async restoreWindowState(): Promise<void> {
    this.savedState = await loadWindowState(this.options.userDataDir);
  }

  /**
   * Opens a new window. With `open`, that project is opened (or created) in the window's session
   * before its page loads, so the page starts on it.
   */
  async openWindow(open?: { channel: 'project:open' | 'project:create'; dir: string }): Promise<Entry> {
    const { registry, services } = this.options;
    const primary = screen.getPrimaryDisplay();
    const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
    const workAreas = [primary, ...others].map((display) => display.workArea);
    const remembered = this.savedState ?? DEFAULT_WINDOW_STATE;
    const state = clampWindowState(cascade(remembered, CASCADE_STEP * registry.size), workAreas);
    const window = createAppWindow({ preload: this.options.preload, devTools: !app.isPackaged, state });
    const id = window.webContents.id;
    const entry = registry.add(id, window, services.createSession());
    window.on('close', () => {
      if (!this.quitting) this.rememberWindow(window);
    });
    window.on('closed', () => {
      registry.remove(id);
      this.settle(this.syncThenClose(entry));
    });
    if (open) await this.runInWindow(entry, open.channel, open.dir);
    window
      .loadURL(APP_ENTRY_URL)
      .catch((error: unknown) => console.error('[factdesk] The window did not load:', error));
    return entry;
  }

  /** Opens `dir` (command line, second instance, Finder, Open Recent): see `placeProject`. */
  openProjectAt(dir: string): void {
    this.track(this.placeProject('project:open', path.resolve(dir)));
  }

  /** Builds the application menu, with the recent projects as the services know them. */
  async refreshMenu(): Promise<void> {
    const any = this.options.registry.all()[0];
    if (any) {
      const reply = await this.options.router.dispatch('projects:recent', {}, any.session);
      if (reply.ok) this.recent = reply.value;
    }
    const commands: MenuCommands = {
      newProject: () =>
        this.track(this.chooseThen('create', (dir) => this.placeProject('project:create', dir))),
      openProject: () => this.track(this.chooseThen('open', (dir) => this.placeProject('project:open', dir))),
      openRecent: (dir) => this.openProjectAt(dir),
      importDrafts: () => this.track(this.importDraftsIntoFocused()),
      showAbout: () => this.showAbout(),
    };
    const template = buildMenuTemplate(
      { platform: process.platform, isPackaged: app.isPackaged, recent: this.recent },
      commands,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    showRecentInJumpList(app, this.recent, {
      execPath: process.execPath,
      appPath: process.defaultApp === true ? app.getAppPath() : null,
    });
  }

  /** Told about every reply the router sends a window: a project opened there becomes recent. */
  noteReply(reply: ChannelReply): void {
    if ((reply.channel === 'project:open' || reply.channel === 'project:create') && reply.envelope.ok) {
      this.noteOpened(reply.envelope.value.dir);
    }
  }

  /**
   * Help › About Factdesk: the focused window (or a new one) goes to `#about`, a same-page
   * navigation on which the renderer opens its About dialog (there is no main → renderer channel).
   */
  showAbout(): void {
    const go = (entry: Entry) => {
      if (entry.window.isMinimized()) entry.window.restore();
      entry.window.focus();
      return entry.window.loadURL(`${APP_ENTRY_URL}#about`);
    };
    const entry = this.focusedEntry();
    if (entry) {
      this.track(go(entry));
      return;
    }
    this.track(
      this.openWindow().then((opened) =>
        opened.window.webContents.once('did-finish-load', () => this.track(go(opened))),
      ),
    );
  }

  /** Brings a window forward, making one when there is none (a second launch with no path). */
  focusOrOpen(): void {
    const entry = this.focusedEntry();
    if (!entry) {
      this.track(this.openWindow());
      return;
    }
    if (entry.window.isMinimized()) entry.window.restore();
    entry.window.focus();
  }

  /**
   * Before quitting: remembers the window's place, waits for sessions already closing, flushes every
   * write, syncs the shared projects still open, then closes the services (every session flushes its
   * writes and releases its project lock).
   */
  async shutdown(): Promise<void> {
    this.quitting = true;
    const last = this.focusedEntry();
    if (last && !last.window.isDestroyed()) {
      await saveWindowState(this.options.userDataDir, windowStateOf(last.window)).catch(() => undefined);
    }
    await Promise.allSettled([...this.settling]);
    // Writes are made durable first: a sync the OS cuts short (a shutdown) then loses nothing.
    await this.options.services.flush();
    await Promise.allSettled(this.options.registry.all().map((entry) => this.syncIfShared(entry)));
    await this.options.services.close();
  }

  /** A window's session closes after the last sync of its project (see `syncIfShared`). */
  private async syncThenClose(entry: Entry): Promise<void> {
    await this.syncIfShared(entry);
    await entry.session.close();
  }

  /**
   * Syncs the window's project when it is shared and a token is known, so that closing the window or
   * quitting sends the checker's work to the desk. A sync that fails (offline, refused) or takes
   * longer than `SYNC_ON_CLOSE_MS` is left for the next one: the work is kept on this computer either
   * way (a sync cut short is recovered by the next, as after kill -9).
   */
  private async syncIfShared(entry: Entry): Promise<void> {
    const { router } = this.options;
    const status = await router.dispatch('desk:status', {}, entry.session);
    if (!status.ok || !status.value.remote || !status.value.hasToken) return;
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, SYNC_ON_CLOSE_MS)));
    await Promise.race([router.dispatch('desk:sync', {}, entry.session), gaveUp]);
    clearTimeout(timer);
  }

  /**
   * Puts a project in a window: focuses the window that already shows it; otherwise uses the
   * focused window when it has no project; otherwise opens a new window for it.
   */
  private async placeProject(channel: 'project:open' | 'project:create', dir: string): Promise<void> {
    const entries = this.options.registry.all();
    const currents = await Promise.all(entries.map((entry) => this.currentProject(entry)));
    if (channel === 'project:open') {
      const showing = entries.find((_entry, index) => {
        const current = currents[index];
        return current !== null && current !== undefined && samePath(current.dir, dir);
      });
      if (showing) {
        showing.window.focus();
        return;
      }
    }
    const focused = this.focusedEntry();
    const empty = focused && currents[entries.indexOf(focused)] === null ? focused : undefined;
    if (!empty) {
      await this.openWindow({ channel, dir });
      return;
    }
    if (await this.runInWindow(empty, channel, dir)) empty.window.webContents.reload();
  }

  /** Runs project:open / project:create for a window's session; shows why when it fails. */
  private async runInWindow(
    entry: Entry,
    channel: 'project:open' | 'project:create',
    dir: string,
  ): Promise<boolean> {
    const reply =
      channel === 'project:open'
        ? await this.options.router.dispatch(channel, { dir }, entry.session)
        : await this.options.router.dispatch(
            channel,
            { dir, title: titleFromProjectDir(dir) },
            entry.session,
          );
    if (!reply.ok && channel === 'project:open' && classifyOpenRefusal(reply.error).kind !== 'other') {
      // An encrypted project (or a damaged one) needs the person: the window's
      // start screen asks for the passphrase (or offers mending and the backup) when it loads.
      entry.session.setPendingOpen({ dir: path.resolve(dir), message: reply.error.message });
      return true;
    }
    if (!reply.ok) {
      await this.showError(
        entry,
        channel === 'project:open'
          ? 'Factdesk could not open the project.'
          : 'Factdesk could not create the project.',
        reply.error.message,
      );
      return false;
    }
    this.noteOpened(reply.value.dir);
    return true;
  }

  private async importDraftsIntoFocused(): Promise<void> {
    const entry = this.focusedEntry();
    if (!entry) return;
    if ((await this.currentProject(entry)) === null) {
      await this.showError(
        entry,
        'There is no project to import into.',
        'Open or create a project first, then import drafts into it.',
      );
      return;
    }
    const paths = await runForWindow(entry.id, () => this.options.dialogs.chooseDrafts());
    if (!paths) return;
    const reply = await this.options.router.dispatch('documents:importFiles', { paths }, entry.session);
    if (!reply.ok) {
      await this.showError(entry, 'Factdesk could not import the drafts.', reply.error.message);
      return;
    }
    const { failed } = reply.value;
    entry.window.webContents.reload();
    if (failed.length > 0) {
      const detail = failed.map((failure) => `${failure.file}: ${failure.error}`).join('\n');
      await this.showError(
        entry,
        `${failed.length} of ${paths.length} drafts could not be imported.`,
        detail,
      );
    }
    // A draft the project already has is held back, never imported twice without asking.
    const held = reply.value.duplicates ?? [];
    if (held.length > 0) {
      const detail = held
        .map((draft) => `${draft.file}: already in the project as “${draft.title}”.`)
        .join('\n');
      await this.showError(
        entry,
        `${held.length} of ${paths.length} drafts are already in this project and were not imported; import them from the workbench's Import button to add a new version or import them anyway.`,
        detail,
      );
    }
  }

  private async chooseThen(purpose: 'open' | 'create', then: (dir: string) => Promise<void>): Promise<void> {
    const entry = this.focusedEntry();
    const choose = () => this.options.dialogs.chooseProjectFolder(purpose);
    const dir = entry ? await runForWindow(entry.id, choose) : await choose();
    if (dir) await then(dir);
  }

  private async currentProject(entry: Entry): Promise<ProjectView | null | undefined> {
    const reply = await this.options.router.dispatch('project:current', {}, entry.session);
    return reply.ok ? reply.value : undefined;
  }

  private focusedEntry(): Entry | undefined {
    const { registry } = this.options;
    const focused = BrowserWindow.getFocusedWindow();
    return (focused && registry.find((window) => window === focused)) || registry.all().at(-1);
  }

  private noteOpened(dir: string): void {
    // macOS: the Dock menu's recent items (a NAME.factdesk folder is a package there). Windows
    // lists only files of registered types there, so it gets the Jump List (refreshMenu) instead.
    if (process.platform === 'darwin') app.addRecentDocument(dir);
    this.track(this.refreshMenu());
  }

  private rememberWindow(window: BrowserWindow): void {
    this.savedState = windowStateOf(window);
    this.settle(saveWindowState(this.options.userDataDir, this.savedState));
  }

  private async showError(entry: Entry | undefined, message: string, detail: string): Promise<void> {
    const options = { type: 'error' as const, message, detail, buttons: ['OK'] };
    // A sheet on a window that is not shown yet (a new window) would be invisible: go free-standing.
    const parent = entry && !entry.window.isDestroyed() && entry.window.isVisible() ? entry.window : null;
    if (parent) await dialog.showMessageBox(parent, options);
    else await dialog.showMessageBox(options);
  }

  /** Runs a command in the background; its failure is logged, never thrown. */
  private track(task: Promise<unknown>): void {
    task.catch((error: unknown) => console.error('[factdesk]', error));
  }

  /** Like `track`, and quitting waits for it (a session closing, a state being saved). */
  private settle(task: Promise<unknown>): void {
    const settled = task.catch((error: unknown) => console.error('[factdesk]', error));
    this.settling.add(settled);
    void settled.finally(() => this.settling.delete(settled));
  }
}
