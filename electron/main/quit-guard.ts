/** The part of Electron's `app` that quitting needs (a fake in tests). */
export interface QuitTarget {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * Makes quitting wait for `shutdown` (flush pending writes, release project locks): the first
 * `before-quit` is held back, `shutdown` runs once, then the app quits for real. A failing
 * shutdown is reported and the app still quits, so it can never hang open.
 */
export function flushBeforeQuit(
  target: QuitTarget,
  shutdown: () => Promise<void>,
  report: (error: unknown) => void = (error) => console.error('[factdesk] Quitting:', error),
): void {
  let stage: 'running' | 'flushing' | 'flushed' = 'running';
  target.on('before-quit', (event) => {
    if (stage === 'flushed') return;
    event.preventDefault();
    if (stage === 'flushing') return;
    stage = 'flushing';
    shutdown()
      .catch(report)
      .finally(() => {
        stage = 'flushed';
        target.quit();
      });
  });
}
