/** How long to wait for a frame at most: a hidden or minimized window paints none. */
const NO_FRAME_MS = 100;

/**
 * Runs `task` once the next frame has been painted: a task queued from that frame's animation callback.
 * For work that follows something the checker is waiting to see (a mark), so it never delays that frame.
 * A window that paints nothing (hidden, minimized) still gets the work done, after a short wait.
 */
export function afterNextPaint(task: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, NO_FRAME_MS);
}
