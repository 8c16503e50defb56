/**
 * Runs `task` once the next frame has been painted: a task queued from that frame's animation callback.
 * For work that follows something the checker is waiting to see (a mark), so it never delays that frame.
 */
export function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}
