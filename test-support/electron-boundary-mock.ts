/**
 * THE ELECTRON BOUNDARY MOCK.
 *
 * `electron` is the one boundary this machine cannot reach: no Electron binary exists here and
 * none can be downloaded (requiring the real package would try to fetch one). Tests of the main
 * process and the preload replace the module with these fakes:
 *
 *   vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());
 *   import { boundary } from '../../test-support/electron-boundary-mock';
 *
 * The fakes record what the shell asks of Electron (window options, handlers, protocol, menus)
 * and let a test play Electron's part (emit events, invoke an IPC channel). Everything else the
 * shell uses (core/, the contract, the file system) is real. The real behaviour of
 * Electron itself is covered by the `_electron.launch` tests in e2e/electron on CI runners.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { onePagePdf } from './reports/one-page-pdf';
import { crossToRenderer, FakeIpcMain } from './electron-boundary/fake-ipc';
import { FakeSafeStorage } from './electron-boundary/fake-safe-storage';
import { createFakeProtocol, createFakeSession, type FakeSession } from './electron-boundary/fake-session';

export { createFakeSession, type FakeSession } from './electron-boundary/fake-session';

/** An Electron-style event: `preventDefault` is recorded. */
export function fakeEvent<T extends object>(
  fields: T = {} as T,
): T & { preventDefault: () => void; defaultPrevented: boolean } {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

let nextWebContentsId = 1;

/** Chromium refuses to navigate to a URL longer than this (2 MiB). */
export const MAX_URL_CHARS = 2 * 1024 * 1024;

/** What a web contents shows: the URL it loaded and the response it got. */
export interface FakePage {
  readonly url: string;
  readonly status: number;
  readonly body: string;
}

function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  windowOpenHandler: ((details: { url: string; disposition?: string }) => { action: string }) | null = null;
  readonly reload = vi.fn();
  readonly replaceMisspelling = vi.fn((_word: string) => undefined);
  /** The session it was created in: `webPreferences.session`, else the default one. */
  readonly session: FakeSession;
  /** The page it shows, once a load finished. */
  page: FakePage | null = null;
  /** The boundary cannot lay out a PDF: it records the options and answers a marker naming the page. */
  /** A real one-page PDF that names the page printed, as the report's join must read it. */
  readonly printToPDF = vi.fn(async (_options: Record<string, unknown>) =>
    Buffer.from(
      await onePagePdf(
        `Boundary mock print of ${this.page?.url ?? 'nothing'} (${this.page?.body.length ?? 0} characters)`,
      ),
    ),
  );
  /**
   * The boundary runs no page script: a test that needs the page's answer plays it
   * (`executeJavaScript.mockResolvedValueOnce(...)`); otherwise the call rejects.
   */
  readonly executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => {
    throw new Error('The boundary mock runs no page script; the test must answer for the page.');
  });
  /** The renderer's process id (made up; a test gives the app metrics that name it). */
  readonly getOSProcessId = vi.fn(() => 40_000 + this.id);
  destroyed = false;

  constructor(webPreferences: { session?: FakeSession } = {}) {
    super();
    this.session = webPreferences.session ?? boundary.session.defaultSession;
  }

  /**
   * Loads a URL as Chromium would, through what this session really serves: a `data:` URL is
   * decoded, any other scheme goes to the session's `protocol.handle` handler (none: the load
   * fails), a URL over 2 MiB is refused, and a change of fragment only is a same-page navigation.
   */
  async loadURL(url: string): Promise<void> {
    if (url.length > MAX_URL_CHARS) throw new Error(`ERR_INVALID_URL (-300) loading '${url.slice(0, 40)}…'`);
    if (this.page && withoutFragment(this.page.url) === withoutFragment(url)) {
      this.page = { ...this.page, url };
      return;
    }
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = scheme === 'data' ? fetch : this.session.protocol.handlers.get(scheme);
    if (!handler) throw new Error(`ERR_UNKNOWN_URL_SCHEME (-302) loading '${url}'`);
    const response = await handler(new Request(url));
    this.page = { url, status: response.status, body: await response.text() };
    this.emit('did-finish-load');
  }

  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = handler;
  }

  getType(): string {
    return 'window';
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;

  readonly webContents: FakeWebContents;
  readonly loadURL = vi.fn((url: string) => this.webContents.loadURL(url));
  readonly loadFile = vi.fn(async (_file: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn(() => {
    FakeBrowserWindow.focused = this;
  });
  readonly maximize = vi.fn();
  readonly restore = vi.fn();
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    this.webContents = new FakeWebContents(options.webPreferences as { session?: FakeSession });
    FakeBrowserWindow.instances.push(this);
    FakeBrowserWindow.focused = this;
    boundary.app.emit('browser-window-created', fakeEvent(), this);
    boundary.app.emit('web-contents-created', fakeEvent(), this.webContents);
  }

  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }

  getNormalBounds() {
    return { x: 40, y: 30, width: 1200, height: 800 };
  }

  isMaximized(): boolean {
    return false;
  }

  isMinimized(): boolean {
    return false;
  }

  isVisible(): boolean {
    return this.show.mock.calls.length > 0 && !this.destroyed;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** `destroy()`: closed at once, without `close` (Electron still emits `closed`). */
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    if (FakeBrowserWindow.focused === this) FakeBrowserWindow.focused = null;
    this.emit('closed');
  }

  /** Plays the user closing the window: `close`, then `closed`. */
  close(): void {
    this.emit('close', fakeEvent());
    this.destroyed = true;
    this.webContents.destroyed = true;
    if (FakeBrowserWindow.focused === this) FakeBrowserWindow.focused = null;
    this.emit('closed');
  }
}

/** The `protocol` module: the default session's protocol, plus the privileged schemes. */
const defaultProtocol = {
  ...createFakeProtocol(),
  privileged: [] as unknown[],
  registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => {
    defaultProtocol.privileged.push(...schemes);
  }),
};

/** Sessions by partition, made on first use; Electron emits `session-created` for each new one. */
const partitions = new Map<string, FakeSession>();

class FakeApp extends EventEmitter {
  isPackaged = false;
  singleInstance = true;
  readonly paths = new Map<string, string>();
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly addRecentDocument = vi.fn();
  readonly setJumpList = vi.fn((_categories: unknown[] | null) => 'ok');
  readonly getJumpListSettings = vi.fn(() => ({ minItems: 10, removedItems: [] as unknown[] }));
  readonly setAppUserModelId = vi.fn();
  readonly setAboutPanelOptions = vi.fn();
  /** `app.getAppMetrics()`: none unless a test plays the processes. */
  readonly getAppMetrics = vi.fn((): { pid: number; type: string; sandboxed?: boolean }[] => []);
  readonly requestSingleInstanceLock = vi.fn(() => this.singleInstance);
  /** Whether the app was ready when `enableSandbox` was called (Electron requires before). */
  readonly enableSandbox = vi.fn(() => {
    this.sandboxedBeforeReady = !this.isReady;
  });
  sandboxedBeforeReady: boolean | null = null;
  private isReady = false;

  /** Whether `ready` was emitted (safeStorage reads it). */
  get hasBecomeReady(): boolean {
    return this.isReady;
  }
  private ready!: () => void;
  private readonly readyPromise = new Promise<void>((resolve) => (this.ready = resolve));

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  /** Plays Electron becoming ready. */
  becomeReady(): void {
    this.isReady = true;
    this.ready();
  }

  getPath(name: string): string {
    const value = this.paths.get(name);
    if (!value) throw new Error(`The boundary mock has no path "${name}"; set boundary.app.paths first.`);
    return value;
  }

  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }

  getVersion(): string {
    return '0.0.0-test';
  }

  /** As for `electron .` run from the repository (whose dist/ the test setup builds). */
  appPath = process.cwd();

  getAppPath(): string {
    return this.appPath;
  }
}

/** The fake module's state, shared by the module and the test that imports it. */
const fakeApp = new FakeApp();

export const boundary = {
  app: fakeApp,
  safeStorage: new FakeSafeStorage(() => fakeApp.hasBecomeReady),
  BrowserWindow: FakeBrowserWindow,
  ipcMain: new FakeIpcMain(),
  ipcRenderer: {
    /** The preload's `ipcRenderer.invoke`: the argument is cloned on the way out, the reply on the way back. */
    invoke: vi.fn(async (channel: string, args: unknown): Promise<unknown> => {
      const reply = await boundary.ipcRenderer.main(channel, structuredClone(args));
      return crossToRenderer(channel, reply);
    }),
    /** What main answers the preload (a test sets it; `ipcMain.invoke` for the real handlers). */
    main: vi.fn(async (_channel: string, _args: unknown): Promise<unknown> => undefined),
  },
  contextBridge: {
    exposed: new Map<string, unknown>(),
    exposeInMainWorld: vi.fn((key: string, api: unknown) => {
      boundary.contextBridge.exposed.set(key, api);
    }),
  },
  session: {
    defaultSession: createFakeSession(defaultProtocol),
    partitions,
    fromPartition: vi.fn((partition: string, _options?: { cache: boolean }): FakeSession => {
      if (partition === '') return boundary.session.defaultSession;
      let found = partitions.get(partition);
      if (!found) {
        found = createFakeSession();
        partitions.set(partition, found);
        boundary.app.emit('session-created', found);
      }
      return found;
    }),
  },
  /** `shutdown` (Linux, macOS) is emitted by a test playing the OS. */
  powerMonitor: new EventEmitter(),
  shell: { openExternal: vi.fn(async (_url: string) => undefined) },
  crashReporter: { start: vi.fn((_options: Record<string, unknown>) => undefined) },
  protocol: defaultProtocol,
  dialog: {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  },
  Menu: {
    current: null as { template: unknown[] } | null,
    /** A built menu: its template, and `popup` recorded (a context menu). */
    buildFromTemplate: vi.fn((template: unknown[]) => ({
      template,
      popup: vi.fn((_options?: Record<string, unknown>) => undefined),
    })),
    setApplicationMenu: vi.fn((menu: { template: unknown[] } | null) => {
      boundary.Menu.current = menu;
    }),
  },
  screen: {
    getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }),
    getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }],
  },
};

/** What `vi.mock('electron', …)` resolves to: the fakes as named exports and as the default. */
export function electronModule(): Record<string, unknown> {
  return { ...boundary, default: boundary };
}
