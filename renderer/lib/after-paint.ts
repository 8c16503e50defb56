/** How long to wait for a frame at most: a hidden page draws none. */
const NO_FRAME_AFTER_MS = 100;

/**
 * Resolves once the frame being drawn now has been painted: the next animation frame runs just before
 * that paint, and a task queued from it runs after. Work started then does not hold up the paint. A
 * page that draws no frame (hidden, minimized) goes on after a tenth of a second.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, NO_FRAME_AFTER_MS);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(done, 0);
    });
  });
}
