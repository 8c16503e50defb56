import type { WorkbenchSession } from '../../core/session/workbench-session';

/** One window the app created, with its session. */
export interface AppWindowEntry<W> {
  /** The window's `webContents.id`: what an IPC event names as its sender. */
  readonly id: number;
  readonly window: W;
  readonly session: WorkbenchSession;
}

/**
 * The windows the app created, by `webContents.id`. The router answers only these; anything
 * else (a DevTools page, a window we did not make) has no session and is refused.
 */
export class WindowRegistry<W> {
  private readonly entries = new Map<number, AppWindowEntry<W>>();

  add(id: number, window: W, session: WorkbenchSession): AppWindowEntry<W> {
    const entry = { id, window, session };
    this.entries.set(id, entry);
    return entry;
  }

  remove(id: number): AppWindowEntry<W> | undefined {
    const entry = this.entries.get(id);
    this.entries.delete(id);
    return entry;
  }

  get(id: number | undefined): AppWindowEntry<W> | undefined {
    return id === undefined ? undefined : this.entries.get(id);
  }

  /** The session of a window we created; undefined for any other web contents. */
  sessionFor(id: number): WorkbenchSession | undefined {
    return this.entries.get(id)?.session;
  }

  /** The entry whose window matches `predicate` (for example, the focused one). */
  find(predicate: (window: W) => boolean): AppWindowEntry<W> | undefined {
    for (const entry of this.entries.values()) if (predicate(entry.window)) return entry;
    return undefined;
  }

  all(): AppWindowEntry<W>[] {
    return [...this.entries.values()];
  }

  get size(): number {
    return this.entries.size;
  }
}
