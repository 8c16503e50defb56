import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { boundary, FakeBrowserWindow } from './electron-boundary-mock';
import { startGitServer, type GitTestServer } from './git-http-server';

/**
 * Starts the whole main process (`main.ts`) on the Electron boundary mock with the real services,
 * as `argv` launched it, and plays Electron becoming ready. The test file must mock `electron`
 * with the boundary first. Resolves once the first window started loading, unless told not to wait.
 */
export async function startMainProcess(
  argv: readonly string[] = ['/opt/Factdesk/factdesk'],
  options: { readonly waitForWindow?: boolean } = {},
): Promise<void> {
  const saved = process.argv;
  process.argv = [...argv];
  try {
    await import('../electron/main/main');
  } finally {
    process.argv = saved;
  }
  boundary.app.becomeReady();
  if (options.waitForWindow !== false) {
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()[0]?.loadURL).toHaveBeenCalled());
  }
}

/** A reply envelope as the renderer receives it. */
export type Reply = { ok: boolean; value?: unknown; error?: string };

/** Plays `window`'s renderer calling `channel` through the real IPC handlers. */
export function invokeFrom(window: FakeBrowserWindow, channel: string, args: unknown = {}): Promise<Reply> {
  return boundary.ipcMain.invoke(channel, args, {
    sender: { id: window.webContents.id },
    senderFrame: { url: 'app://factdesk/index.html', parent: null },
  }) as Promise<Reply>;
}

/** Plays `window`'s renderer calling `channel` and expects it to succeed: resolves with its value. */
export async function okFrom(
  window: FakeBrowserWindow,
  channel: string,
  args: unknown = {},
): Promise<unknown> {
  const reply = await invokeFrom(window, channel, args);
  expect(reply, channel).toMatchObject({ ok: true });
  return reply.value;
}

/**
 * For the calling file: a temporary folder holding the app's user data (`user-data/`) and standing
 * for the Documents folder, and the main process started once (the folder removed after the file's
 * tests). Read `root` inside a test.
 */
export function mainProcessInTempFolder(prefix: string): { readonly root: string } {
  const current = {} as { root: string };
  beforeAll(async () => {
    current.root = await mkdtemp(path.join(tmpdir(), prefix));
    boundary.app.paths.set('userData', path.join(current.root, 'user-data'));
    boundary.app.paths.set('documents', current.root);
    await startMainProcess();
  });
  afterAll(async () => {
    await rm(current.root, { recursive: true, force: true });
  });
  return current;
}

/**
 * For the calling file: a folder holding the app's user data and projects, a git http-backend serving
 * it on 127.0.0.1, and the main process started once (removed after the file's tests). Read `root`
 * and `server` inside a test.
 */
export function mainProcessWithGitServer(
  prefix: string,
  token: string,
): { readonly root: string; readonly server: GitTestServer } {
  const folder = mainProcessInTempFolder(prefix);
  const current = {} as { root: string; server: GitTestServer };
  beforeAll(async () => {
    current.root = folder.root;
    current.server = await startGitServer(current.root, token);
  });
  afterAll(async () => {
    await current.server.close();
  });
  return current;
}
