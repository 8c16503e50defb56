import { mkdir, rename } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../shared/errors';
import type { RecentProject } from '../../shared/ipc';
import { now } from '../project/ids';
import { DurableJsonFile } from '../storage/json-file-adapter';
import { QueuedDb } from '../storage/queued-db';

/** How many archive folders the desk keeps. */
export const MAX_ARCHIVES = 50;

const SettingsSchema = z.object({
  checker: z.string().min(1).max(200),
  /** The checker typed the name (absent in settings written before Factdesk asked for it). */
  checkerChosen: z.boolean().optional(),
  /** The checker's email, for the commits of a project shared through git (absent: none given). */
  checkerEmail: z.string().max(320).optional(),
  recent: z.array(z.object({ dir: z.string(), title: z.string(), openedAt: z.string() })).max(50),
  /** Folders the checker added as the desk's archive, for "Checked before" (absent: none). */
  archives: z.array(z.string().min(1).max(4096)).max(MAX_ARCHIVES).optional(),
});
type Settings = z.infer<typeof SettingsSchema>;

const MAX_RECENT = 12;

/**
 * The app's own settings in its user-data folder: who the checker is, the recent projects, and the
 * desk's archive folders (per machine, never in a project).
 */
export class AppSettings {
  private readonly openedListeners = new Set<(dir: string) => void>();

  private constructor(private readonly db: QueuedDb<Settings>) {}

  /** Loads settings; a damaged settings file is moved aside (kept, not overwritten) and defaults are used. */
  static async load(userDataDir: string): Promise<AppSettings> {
    await mkdir(userDataDir, { recursive: true });
    const adapter = settingsFile(userDataDir);
    const defaults: Settings = { checker: defaultChecker(), recent: [] };
    try {
      const db = await QueuedDb.load(adapter);
      return new AppSettings(db ?? (await QueuedDb.create(adapter, defaults)));
    } catch {
      await rename(adapter.path, `${adapter.path}.damaged-${Date.now()}`).catch(() => undefined);
      return new AppSettings(await QueuedDb.create(adapter, defaults));
    }
  }

  get checker(): string {
    return this.db.data.checker;
  }

  /**
   * Whether the checker gave the name: false while it is the one taken from the system account
   * ("root" on many machines), which Factdesk asks to replace before anything is signed with it. A
   * settings file from before this was asked counts as chosen unless it still holds that account name.
   */
  get checkerChosen(): boolean {
    return isChosen(this.db.data);
  }

  /** The checker's email for git commits, or '' when none was given. */
  get checkerEmail(): string {
    return this.db.data.checkerEmail ?? '';
  }

  /** Sets the checker's name and, when given, email ('' clears it). */
  async setChecker(name: string, email?: string): Promise<void> {
    await this.db.update((data) => {
      data.checker = name;
      data.checkerChosen = true;
      if (email === undefined) return;
      if (email) data.checkerEmail = email;
      else delete data.checkerEmail;
    });
  }

  recent(): RecentProject[] {
    return [...this.db.data.recent];
  }

  /** Puts a project at the top of the recent list. */
  async noteOpened(dir: string, title: string): Promise<void> {
    await this.db.update((data) => {
      data.recent = [
        { dir, title, openedAt: now() },
        ...data.recent.filter((entry) => entry.dir !== dir),
      ].slice(0, MAX_RECENT);
    });
    for (const listener of this.openedListeners) listener(dir);
  }

  /** Calls `listener` with a project's folder each time one is opened or created; returns how to stop. */
  onOpened(listener: (dir: string) => void): () => void {
    this.openedListeners.add(listener);
    return () => this.openedListeners.delete(listener);
  }

  /** The desk's archive folders, in the order they were added. */
  archives(): string[] {
    return [...(this.db.data.archives ?? [])];
  }

  /** Adds an archive folder (already there: nothing changes). */
  async addArchive(dir: string): Promise<void> {
    await this.db.update((data) => {
      const archives = data.archives ?? [];
      if (archives.includes(dir)) return;
      if (archives.length >= MAX_ARCHIVES)
        throw new UserError(
          `The desk keeps at most ${MAX_ARCHIVES} archive folders; remove one first.`,
          'refused',
        );
      data.archives = [...archives, dir];
    });
  }

  /** Removes an archive folder (absent: nothing changes). */
  async removeArchive(dir: string): Promise<void> {
    await this.db.update((data) => {
      const archives = (data.archives ?? []).filter((entry) => entry !== dir);
      if (archives.length > 0) data.archives = archives;
      else delete data.archives;
    });
  }

  flush(): Promise<void> {
    return this.db.flush();
  }
}

/**
 * The name the checker gave the app whose settings are in `userDataDir`, read without writing
 * anything there; null when none was given (only the system account's), or the settings are absent
 * or unreadable.
 */
export async function chosenChecker(userDataDir: string): Promise<string | null> {
  try {
    const data = await settingsFile(userDataDir).read();
    return data && isChosen(data) ? data.checker : null;
  } catch {
    return null;
  }
}

function settingsFile(userDataDir: string): DurableJsonFile<Settings> {
  return new DurableJsonFile(join(userDataDir, 'settings.json'), {
    schema: SettingsSchema,
    label: 'settings.json',
  });
}

function isChosen(data: Settings): boolean {
  return data.checkerChosen ?? data.checker !== defaultChecker();
}

function defaultChecker(): string {
  try {
    return userInfo().username || 'Checker';
  } catch {
    return 'Checker';
  }
}
