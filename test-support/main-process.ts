import { expect, vi } from 'vitest';
import { boundary, FakeBrowserWindow } from './electron-boundary-mock';

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
