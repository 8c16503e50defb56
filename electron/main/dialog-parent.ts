import { AsyncLocalStorage } from 'node:async_hooks';

const callingWindow = new AsyncLocalStorage<number>();

/**
 * Runs `run` with the window (by `webContents.id`) that asked for it as the context, so a native
 * dialog opened anywhere below (the services' `Dialogs`) is attached to that window, even when
 * another window has focus by the time it opens.
 */
export function runForWindow<T>(webContentsId: number, run: () => Promise<T>): Promise<T> {
  return callingWindow.run(webContentsId, run);
}

/** The `webContents.id` of the window the current call came from, if any. */
export function callingWindowId(): number | undefined {
  return callingWindow.getStore();
}
