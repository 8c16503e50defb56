import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/ipc';

// The whole main process, started against the Electron boundary mock and the real services.
vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { boundary, fakeEvent, FakeBrowserWindow } from '../../test-support/electron-boundary-mock';

let root: string;
const SEED_SAMPLE = path.resolve('resources/samples/nato-belarus-2022.txt');
/** The real CLI (built by the test setup). */
const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['bin/factdesk.mjs', ...args], { encoding: 'utf8' });
const fromWindow = (window: FakeBrowserWindow, url = 'app://factdesk/index.html') => ({
  sender: { id: window.webContents.id },
  senderFrame: { url, parent: null },
});
const invoke = (window: FakeBrowserWindow, channel: string, args: unknown = {}) =>
  boundary.ipcMain.invoke(channel, args, fromWindow(window)) as Promise<{
    ok: boolean;
    value?: unknown;
    error?: string;
  }>;
const windows = () => FakeBrowserWindow.getAllWindows();

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factdesk-main-'));
  boundary.app.paths.set('userData', path.join(root, 'user-data'));
  boundary.app.paths.set('documents', root);
  const argv = process.argv;
  process.argv = ['/opt/Factdesk/factdesk'];
  await import('./main');
  process.argv = argv;
  expect(boundary.app.requestSingleInstanceLock).toHaveBeenCalled();
  boundary.app.becomeReady();
  await vi.waitFor(() => expect(windows()[0]?.loadURL).toHaveBeenCalled());
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the main process', () => {
  it('declares the app scheme before ready: standard and secure, never bypassing CSP or CORS', () => {
    expect(boundary.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect([...boundary.protocol.handlers.keys()]).toEqual(['app']);
  });

  it('keeps crash reports on this machine: the crash reporter starts once, with uploads off', () => {
    expect(boundary.crashReporter.start).toHaveBeenCalledTimes(1);
    expect(boundary.crashReporter.start.mock.calls[0]![0]).toMatchObject({ uploadToServer: false });
    expect(boundary.crashReporter.start.mock.calls[0]![0]).not.toHaveProperty('submitURL');
  });

  it('locks down the default session', () => {
    const ses = boundary.session.defaultSession;
    const callback = vi.fn();
    ses.permissionRequestHandler?.({} as never, 'media' as never, callback as never);
    expect(callback).toHaveBeenCalledWith(false);
    expect(ses.permissionCheckHandler?.()).toBe(false);
    const decide = vi.fn();
    ses.beforeRequest?.({ url: 'https://example.com/' } as never, decide as never);
    expect(decide).toHaveBeenCalledWith({ cancel: true });
  });

  it('routes exactly the contract channels through ipcMain', () => {
    expect([...boundary.ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('opens one secure window on the app origin, with the guards on its web contents', () => {
    const [window] = windows();
    expect(windows()).toHaveLength(1);
    expect(window!.loadURL).toHaveBeenCalledWith('app://factdesk/index.html');
    expect(window!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(String((window!.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    // Its right-click menu (spelling, edit commands): Electron shows none by itself.
    expect(window!.webContents.listenerCount('context-menu')).toBe(1);
    const navigation = fakeEvent({ url: 'https://evil.example/' });
    window!.webContents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    expect(window!.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
  });

  it('answers its own window with the real services, and refuses anything else', async () => {
    const [window] = windows();
    await expect(invoke(window!, 'app:info')).resolves.toMatchObject({
      ok: true,
      value: { mode: 'desktop', version: '0.0.0-test' },
    });
    const foreign = await boundary.ipcMain.invoke(
      'app:info',
      {},
      fromWindow(window!, 'https://evil.example/'),
    );
    expect(foreign).toMatchObject({ ok: false });
    const stranger = await boundary.ipcMain.invoke(
      'app:info',
      {},
      { sender: { id: 4242 }, senderFrame: { url: 'app://factdesk/index.html', parent: null } },
    );
    expect(stranger).toMatchObject({ ok: false });
    await expect(invoke(window!, 'project:open', { dir: 42 })).resolves.toMatchObject({ ok: false });
  });

  it('shows About from Help › About Factdesk: the focused window goes to #about on the same page', async () => {
    const [window] = windows();
    const help = (
      boundary.Menu.current?.template as { label?: string; submenu?: { id?: string; click?: () => void }[] }[]
    ).find((menu) => menu.label === '&Help');
    help?.submenu?.find((item) => item.id === 'help.about')?.click?.();
    await vi.waitFor(() =>
      expect(window!.loadURL).toHaveBeenLastCalledWith('app://factdesk/index.html#about'),
    );
    expect(window!.focus).toHaveBeenCalled();
    expect(windows()).toHaveLength(1);
  });

  it('creates a project from the renderer, makes it recent, and lists it in File › Open Recent', async () => {
    const [window] = windows();
    const dir = path.join(root, 'Belarus.factdesk');
    await expect(invoke(window!, 'project:create', { dir, title: 'Belarus desk' })).resolves.toMatchObject({
      ok: true,
    });
    // macOS's recent documents (a folder package there) and Windows' Jump List: neither on Linux.
    expect(boundary.app.addRecentDocument).toHaveBeenCalledTimes(process.platform === 'darwin' ? 1 : 0);
    expect(boundary.app.setJumpList.mock.calls.length > 0).toBe(process.platform === 'win32');
    await vi.waitFor(() => expect(JSON.stringify(boundary.Menu.current?.template)).toContain('Belarus desk'));
  });

  it('focuses the window that already shows a project a second launch names', async () => {
    const [window] = windows();
    window!.focus.mockClear();
    boundary.app.emit('second-instance', fakeEvent(), ['factdesk', 'Belarus.factdesk'], root);
    await vi.waitFor(() => expect(window!.focus).toHaveBeenCalled());
    expect(windows()).toHaveLength(1);
  });

  it('opens another project a second launch names in a new window, opened before it loads', async () => {
    const [first] = windows();
    await expect(
      invoke(first!, 'project:create', { dir: path.join(root, 'Other.factdesk'), title: 'Other' }),
    ).resolves.toMatchObject({
      ok: true,
    });
    await expect(
      invoke(first!, 'project:create', { dir: path.join(root, 'Budget.factdesk'), title: 'Budget' }),
    ).resolves.toMatchObject({
      ok: true,
    });
    boundary.app.emit('second-instance', fakeEvent(), ['factdesk', path.join(root, 'Other.factdesk')], '/');
    await vi.waitFor(() => expect(windows()).toHaveLength(2));
    const second = windows()[1]!;
    await vi.waitFor(() => expect(second.loadURL).toHaveBeenCalled());
    await expect(invoke(second, 'project:current')).resolves.toMatchObject({
      ok: true,
      value: { title: 'Other' },
    });
  });

  it('opens a project from File › Open Project… in a new window when the focused one has a project', async () => {
    const dir = path.join(root, 'Belarus.factdesk');
    boundary.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dir] });
    const file = (
      boundary.Menu.current?.template as {
        label?: string;
        submenu?: { label?: string; click?: () => void }[];
      }[]
    ).find((menu) => menu.label === '&File');
    file?.submenu?.find((item) => item.label === 'Open Project…')?.click?.();
    await vi.waitFor(() => expect(windows()).toHaveLength(3));
    const third = windows()[2]!;
    await vi.waitFor(() => expect(third.loadURL).toHaveBeenCalled());
    await expect(invoke(third, 'project:current')).resolves.toMatchObject({
      ok: true,
      value: { title: 'Belarus desk' },
    });
  });

  it('closes a window’s session when the window closes (its project lock is released)', async () => {
    const third = windows()[2]!;
    const dir = path.join(root, 'Belarus.factdesk');
    expect(existsSync(path.join(dir, '.factdesk.lock'))).toBe(true);
    third.close();
    await vi.waitFor(() => expect(existsSync(path.join(dir, '.factdesk.lock'))).toBe(false));
    await expect(invoke(third, 'project:current')).resolves.toMatchObject({ ok: false });
  });

  it('explains a project that cannot be opened, and still shows the window', async () => {
    boundary.dialog.showMessageBox.mockClear();
    const count = windows().length;
    boundary.app.emit('second-instance', fakeEvent(), ['factdesk', path.join(root, 'Missing.factdesk')], '/');
    await vi.waitFor(() => expect(boundary.dialog.showMessageBox).toHaveBeenCalled());
    const [options] = boundary.dialog.showMessageBox.mock.calls[0] as [
      { type: string; message: string; detail: string },
    ];
    expect(options).toMatchObject({ type: 'error', message: 'Factdesk could not open the project.' });
    expect(options.detail).toMatch(/Missing\.factdesk/);
    await vi.waitFor(() => expect(windows()).toHaveLength(count + 1));
    await vi.waitFor(() => expect(windows().at(-1)!.loadURL).toHaveBeenCalled());
  });

  it('answers every read of the workbench with replies that survive the process boundary (cloned)', async () => {
    // A project made by the real CLI, opened from the command line of a second launch.
    const dir = path.join(root, 'Sample.factdesk');
    cli('new', dir, '--title', 'Sample desk');
    cli('import', dir, SEED_SAMPLE);
    boundary.app.emit('second-instance', fakeEvent(), ['factdesk', dir], root);
    const showing = async () => {
      for (const window of windows()) {
        const current = await invoke(window, 'project:current');
        if ((current.value as { title?: string } | null)?.title === 'Sample desk') return window;
      }
      throw new Error('No window shows the sample project yet.');
    };
    const window = await vi.waitFor(showing);
    const page = await invoke(window, 'claims:page', { offset: 0, limit: 5000 });
    const { rows } = page.value as { rows: { id: string; documentId: string }[] };
    expect(rows.length).toBeGreaterThan(5);
    const documentId = rows[0]!.documentId;
    const reads: [string, unknown][] = [
      ['app:info', {}],
      ['app:about', {}],
      ['projects:recent', {}],
      ['project:pendingOpen', {}],
      ['document:get', { documentId }],
      ['claim:get', { claimId: rows[0]!.id }],
      ['document:versions', { documentId }],
      ['documents:importProgress', {}],
      ['sources:list', {}],
      ['backups:list', {}],
      ['report:export', { format: 'html', options: {} }],
      ['report:export', { format: 'docx', options: {} }],
      // A draft through the claim finder's worker (the built one, as `electron .` finds it).
      [
        'documents:importText',
        { fileName: 'troops.txt', text: 'Russia moved 30,000 soldiers into Belarus in 2022.' },
      ],
    ];
    for (const [channel, args] of reads) {
      // The mock clones every argument and reply as Electron does; a function in a reply rejects.
      const reply = await invoke(window, channel, args);
      expect(reply, `${channel}: ${JSON.stringify(reply).slice(0, 300)}`).toMatchObject({ ok: true });
    }
  });

  it('flushes and releases every project before quitting, and remembers the window', async () => {
    const before = fakeEvent();
    boundary.app.emit('before-quit', before);
    expect(before.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(boundary.app.quit).toHaveBeenCalled());
    for (const name of ['Budget.factdesk', 'Other.factdesk']) {
      expect(existsSync(path.join(root, name, '.factdesk.lock')), name).toBe(false);
    }
    const saved = JSON.parse(await readFile(path.join(root, 'user-data', 'window-state.json'), 'utf8'));
    expect(saved).toMatchObject({ width: 1200, height: 800 });
    const again = fakeEvent();
    boundary.app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(false);
    expect(boundary.app.exit).not.toHaveBeenCalled();
  });
});
