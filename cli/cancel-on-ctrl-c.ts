/** Exit code of a process ended by Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

/**
 * Runs `work` with a signal that Ctrl-C (SIGINT) aborts, so long work stops at its next safe point
 * and leaves nothing behind. A second Ctrl-C, for someone who will not wait, ends the process at once.
 */
export async function cancellableByCtrlC<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const interrupted = () => {
    if (controller.signal.aborted) process.exit(INTERRUPTED);
    controller.abort();
  };
  process.on('SIGINT', interrupted);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', interrupted);
  }
}
