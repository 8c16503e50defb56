/**
 * The app's "Checked before" memory: one index per process of the claims the desk's other projects
 * gave a verdict, kept in memory only and kept up to date. It is built in the background when a
 * project opens; a lookup waits only for a read already running, and at most once per `recheckMs`
 * starts, behind its answer, a re-read of just the projects whose files changed since they were read
 * (their fingerprint, a few `stat`s: project-stamp.ts). An encrypted project is read only while a
 * window of this process has it unlocked, and its claims are dropped as soon as it is not.
 */
import { resolve } from 'node:path';
import type { FactdeskDocument } from '../../shared/domain';
import type { FactSource } from './claim-facts';
import type { CheckedClaim } from './checked-claim';
import { projectStamp } from './project-stamp';
import {
  checkedClaimsOf,
  deskProjects,
  isEncrypted,
  readCheckedClaims,
  skipReason,
  type SkippedFolder,
} from './read-checked';
import { SeenIndex, type SeenMatch } from './seen-index';
import type { FileCodec } from '../storage/file-codec';
import { plainCodec } from '../storage/file-codec';

/** Where the desk's projects come from: the folders to read, and the keys this process holds. */
export interface DeskSources {
  /** The recent projects and the archive folders (projects, or folders holding projects). */
  folders(): readonly string[];
  /** The codec of an encrypted project a window of this process has open (unlocked), else undefined. */
  unlocked(dir: string): FileCodec | undefined;
  /**
   * A project a window of this process has open with every document read, else undefined: its
   * claims are taken from memory instead of reading every file of it again.
   */
  open?(dir: string): OpenDeskProject | undefined;
}

/** A project open in this process, as "Checked before" reads it. */
export interface OpenDeskProject {
  readonly title: string;
  readonly codec: FileCodec;
  readonly documents: AsyncIterable<FactdeskDocument>;
}

/** What a lookup found, and how much of the desk it looked at. */
export interface DeskLookup {
  readonly matches: readonly SeenMatch[];
  /** The projects read (the asking one left out). */
  readonly projects: number;
  readonly skipped: readonly SkippedFolder[];
  /**
   * The desk's fingerprint check was due and runs now, behind this answer (which is the index as it
   * was): ask again for the answer after it. False when the answer is as fresh as the last second.
   */
  readonly rechecking: boolean;
}

interface ReadProject {
  readonly stamp: string;
  readonly codec: FileCodec;
}

export const LOCKED_REASON = 'it is encrypted and locked (open it in Factdesk to include it)';

export class DeskIndex {
  private readonly index = new SeenIndex();
  private readonly read = new Map<string, ReadProject>();
  private skipped: SkippedFolder[] = [];
  private running: Promise<void> | null = null;
  /** A background read waits to start. */
  private queued = false;
  private checkedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly sources: DeskSources,
    private readonly options: { readonly recheckMs?: number; readonly now?: () => number } = {},
  ) {}

  /**
   * Reads the desk again in the background, after the read running now if there is one (a project
   * opened or unlocked while it runs is seen by the next); several calls while one waits make one read.
   */
  warm(): void {
    if (this.queued) return;
    this.queued = true;
    this.refresh().catch((error: unknown) => console.error('[factdesk] checked before:', error));
  }

  /**
   * The earlier checked claims of the desk's other projects that state what `claim` states, best
   * first; `current` (the project the claim is in) is never read nor matched. It waits for a read
   * already running (the first after opening), not for the fingerprint check: when that is due (at
   * most once per `recheckMs`) it starts behind the answer, which says so (`rechecking`), and the
   * next lookup waits for it. The check of 100 projects takes about 100 ms (docs/checked-before.md);
   * the answer from the index about 1.
   */
  async lookup(claim: FactSource, current: string): Promise<DeskLookup> {
    const here = resolve(current);
    if (this.running) await this.running.catch(() => undefined);
    // A project locked since it was read is dropped at once, not at the next read of the desk.
    for (const [dir, read] of this.read)
      if (read.codec.encrypted && !this.sources.unlocked(dir)) this.forget(dir);
    let rechecking = false;
    if (this.clock() - this.checkedAt >= (this.options.recheckMs ?? 1000)) {
      const check = this.refresh(here);
      // Never read yet: nothing to answer from, so this one waits.
      if (this.checkedAt === Number.NEGATIVE_INFINITY) await check;
      else {
        rechecking = true;
        check.catch((error: unknown) => console.error('[factdesk] checked before:', error));
      }
    }
    const matches = this.index.lookup(claim, here);
    const projects = [...this.read.keys()].filter((dir) => dir !== here).length;
    return { matches, projects, skipped: this.skipped, rechecking };
  }

  /** A checked claim the index holds (what reusing its citations copies), or undefined. */
  find(project: string, claimId: string): { claim: CheckedClaim; codec: FileCodec } | undefined {
    const dir = resolve(project);
    const read = this.read.get(dir);
    const claim = read && this.index.get(dir, claimId);
    return read && claim ? { claim, codec: read.codec } : undefined;
  }

  /** Reads again every project of the desk whose files changed; one read at a time. */
  refresh(current?: string): Promise<void> {
    const previous = this.running ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(() => {
        this.queued = false;
        return this.readDesk(current === undefined ? undefined : resolve(current));
      })
      .finally(() => {
        if (this.running === run) this.running = null;
      });
    this.running = run;
    return run;
  }

  private clock(): number {
    return (this.options.now ?? Date.now)();
  }

  private async readDesk(current: string | undefined): Promise<void> {
    const found = await deskProjects(this.sources.folders());
    const skipped: SkippedFolder[] = [...found.skipped];
    const wanted = new Set(found.projects);
    for (const dir of [...this.read.keys()]) if (!wanted.has(dir)) this.forget(dir);
    for (const dir of found.projects) {
      // The asking project is neither read nor dropped: it is left out of every lookup instead.
      if (dir === current) continue;
      try {
        const open = this.sources.open?.(dir);
        const codec = open ? open.codec : (await isEncrypted(dir)) ? this.sources.unlocked(dir) : plainCodec;
        if (!codec) {
          this.forget(dir);
          skipped.push({ folder: dir, reason: LOCKED_REASON });
          continue;
        }
        const stamp = await projectStamp(dir);
        if (this.read.get(dir)?.stamp === stamp) continue;
        const claims = open
          ? await checkedClaimsOf({ dir, title: open.title }, open.documents)
          : await readCheckedClaims(dir, codec.encrypted ? { codec } : {});
        this.index.removeProject(dir);
        for (const claim of claims) this.index.add(claim);
        this.read.set(dir, { stamp, codec });
      } catch (error) {
        this.forget(dir);
        skipped.push({ folder: dir, reason: skipReason(error) });
      }
    }
    this.skipped = skipped;
    this.checkedAt = this.clock();
  }

  private forget(dir: string): void {
    this.index.removeProject(dir);
    this.read.delete(dir);
  }
}
