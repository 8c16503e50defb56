// Runs inside the workbench page before the app (the browser bench adds it as an init script): records
// long tasks and frames, and times "press a key, then wait until the screen shows the result". Plain
// JavaScript, so it reaches the page exactly as written (no transpiler helpers).
/* global window, document, requestAnimationFrame, requestIdleCallback, CSS */
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the figures say null.
  }

  /**
   * Resolves with performance.now() once the frame in which `check()` first holds has been painted:
   * checked in requestAnimationFrame (before that frame's paint), stamped in a task queued from there
   * (which runs after the paint).
   */
  function painted(check, timeoutMs = 30000) {
    const started = performance.now();
    return new Promise((resolve) => {
      const frame = () => {
        if (check()) setTimeout(() => resolve(performance.now()), 0);
        else if (performance.now() - started > timeoutMs) resolve(null);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  }

  const selectedRow = () => document.querySelector('tr.claim-row.is-selected');
  const text = (selector) => document.querySelector(selector)?.textContent ?? '';

  /** What "the screen shows the result" means for each kind of action. */
  const changes = {
    /** The filter's "N of M claims" line changed. */
    shown: () => {
      const before = text('.filter-shown');
      return () => text('.filter-shown') !== before;
    },
    /** The selected row shows another status. */
    status: () => {
      const row = selectedRow();
      const id = row?.dataset.claimId ?? '';
      const before = row?.dataset.status;
      return () => document.querySelector(`tr[data-claim-id="${CSS.escape(id)}"]`)?.dataset.status !== before;
    },
    /** The project's counts by status (the header) changed. */
    counts: () => {
      const before = text('.progress-counts');
      return () => text('.progress-counts') !== before;
    },
    /** Nothing but the key itself: keydown to the next painted frame, the floor for the others. */
    nothing: () => () => true,
    /** Another row is selected. */
    selection: () => {
      const before = selectedRow()?.dataset.claimId;
      return () => {
        const now = selectedRow()?.dataset.claimId;
        return now !== undefined && now !== before;
      };
    },
  };

  let frames = null;
  window.__bench = {
    longTasks,
    // Marked too, so a performance trace can find the moment (scripts/bench/first-rows-trace.ts).
    firstRowsPainted: painted(() => document.querySelector('tr.claim-row') !== null, 600000).then((end) => {
      if (end !== null) performance.mark('first-rows-painted', { startTime: end });
      return end;
    }),
    pending: null,
    /**
     * Arms a timer from the next keydown (its event time) to the painted frame showing `kind`; with
     * `alsoKind`, a second timer from the same keydown to the frame showing that too (`alsoPending`).
     */
    arm(kind, alsoKind) {
      let start = null;
      const onKey = (event) => {
        start = event.timeStamp;
        document.removeEventListener('keydown', onKey, true);
      };
      document.addEventListener('keydown', onKey, true);
      // Frames begun after the key, up to the one that shows the result: 1 means the very next frame.
      let frames = 0;
      const timed = (changed, count) =>
        painted(() => {
          if (start === null) return false;
          if (count) frames++;
          return changed();
        }).then((end) => (end === null || start === null ? null : end - start));
      this.pending = timed(changes[kind](), true);
      this.pendingFrames = this.pending.then(() => frames);
      this.alsoPending = alsoKind ? timed(changes[alsoKind](), false) : null;
      return true;
    },
    /** The longest long task, and how many, that started after `since`. */
    longTasksSince(since) {
      const after = longTasks.filter((task) => task.start >= since);
      return {
        count: after.length,
        longestMs: after.reduce((max, task) => Math.max(max, task.duration), 0),
      };
    },
    /** Starts recording frame times (to find the longest frame while scrolling). */
    startFrames() {
      frames = { last: performance.now(), longest: 0, count: 0, on: true };
      const tick = (now) => {
        if (!frames?.on) return;
        frames.longest = Math.max(frames.longest, now - frames.last);
        frames.last = now;
        frames.count++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      frames.on = false;
      return { longestMs: frames.longest, count: frames.count };
    },
    /** Resolves after two frames: whatever the last input caused has been painted. */
    nextFrames() {
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    },
    /**
     * Resolves true once the page has been idle for a few idle periods in a row (background work
     * done), or false after `limitMs` on a machine too busy to ever look idle.
     */
    settled(limitMs = 10000) {
      const started = performance.now();
      return new Promise((resolve) => {
        let quiet = 0;
        const idle = (deadline) => {
          quiet = deadline.timeRemaining() >= 40 ? quiet + 1 : 0;
          if (quiet >= 3) resolve(true);
          else if (performance.now() - started > limitMs) resolve(false);
          else requestIdleCallback(idle, { timeout: 1000 });
        };
        requestIdleCallback(idle, { timeout: 1000 });
      });
    },
  };
})();
