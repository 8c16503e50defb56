/** An event that may be held back (`preventDefault`). */
export interface Holdable {
  preventDefault(): void;
}

/** A window whose Windows session-end events quitting listens to. */
export interface SessionEndSource {
  on(event: 'query-session-end' | 'session-end', listener: () => void): unknown;
}

/** The parts of Electron's `app` that quitting needs. */
export interface QuitApp {
  on(event: 'before-quit' | 'will-quit', listener: (event: Holdable) => void): unknown;
  on(event: 'browser-window-created', listener: (event: unknown, window: SessionEndSource) => void): unknown;
  quit(): void;
}

/** Electron's `powerMonitor`: `shutdown` on Linux and macOS (the typings omit its event). */
export interface ShutdownSource {
  on(event: 'shutdown', listener: (event?: Holdable) => void): unknown;
}

/** What quitting does and reports. */
export interface QuitOptions {
  /** Flushes pending writes and releases project locks (the desktop app's shutdown). */
  readonly shutdown: () => Promise<void>;
  /** Waits for pending writes, closing nothing (the session may yet go on). */
  readonly flush: () => Promise<void>;
  /** Releases the project locks synchronously: the process may be killed right after. */
  readonly releaseLocksNow: () => void;
  readonly report?: (error: unknown) => void;
}

/**
 * Makes every way of quitting wait for `shutdown` (flush pending writes, release project locks),
 * which runs once, started by whichever comes first:
 *
 * - **The person quits** (menu, last window, Cmd+Q): the first `before-quit` is held back, the flush
 *   runs, then the app quits for real.
 * - **Linux and macOS shut down, restart or log out**: `powerMonitor` emits `shutdown`; holding that
 *   event asks the OS to wait (on Linux, Electron's logind delay lock), the flush runs, then the app
 *   quits.
 * - **Windows shuts down, restarts or logs off**: no `before-quit` comes. At `query-session-end`
 *   pending writes are flushed at once, closing nothing (the shutdown is not refused, which would
 *   cancel the person's choice, and another app may still cancel it); at `session-end` the process
 *   may be killed as soon as the listener returns, so the locks are released there, synchronously
 *   (each pending write is an atomic rename: a file is whole, old or new).
 *
 * Once the OS is ending the session, a quit it starts is never cancelled (on macOS a cancelled quit
 * can abort the logout): the process waits at `will-quit`, after its windows closed, instead. A
 * failing flush is reported and the app still quits, so it can never hang open.
 */
export function guardQuit(app: QuitApp, powerMonitor: ShutdownSource, options: QuitOptions): void {
  const report = options.report ?? ((error: unknown) => console.error('[factdesk] Quitting:', error));
  let flush: Promise<void> | null = null;
  let flushed = false;
  let osEnding = false;
  let quitQueued = false;

  const startFlush = (): Promise<void> =>
    (flush ??= options
      .shutdown()
      .catch(report)
      .finally(() => {
        flushed = true;
      }));
  const quitWhenFlushed = (): void => {
    if (quitQueued) return;
    quitQueued = true;
    void startFlush().then(() => app.quit());
  };

  app.on('before-quit', (event) => {
    if (flushed || osEnding) return;
    event.preventDefault();
    quitWhenFlushed();
  });
  app.on('will-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    quitWhenFlushed();
  });
  powerMonitor.on('shutdown', (event) => {
    osEnding = true;
    event?.preventDefault();
    quitWhenFlushed();
  });
  app.on('browser-window-created', (_event, window) => {
    window.on('query-session-end', () => {
      options.flush().catch(report);
    });
    window.on('session-end', () => {
      osEnding = true;
      options.releaseLocksNow();
    });
  });
}
