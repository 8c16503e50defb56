import { UserError, messageFor } from '../../shared/errors';
import { describeIoError } from '../storage/json-file-adapter';
import { listSnapshots } from './list-snapshots';
import type { RetentionPolicy } from './retention';
import type { SnapshotReason } from './snapshot-names';
import { takeSnapshot, type SnapshotResult } from './take-snapshot';

/** When snapshots are taken and how many are kept. */
export interface BackupPolicy extends RetentionPolicy {
  /** At most one snapshot on opening or while editing per this many milliseconds. */
  readonly intervalMs: number;
  /** The clock (tests pass a fake one). */
  readonly now?: () => Date;
}

/** Every 10 minutes at most; the 20 newest kept, plus the newest of each of the last 14 days. */
export const DEFAULT_BACKUP_POLICY: BackupPolicy = {
  intervalMs: 10 * 60 * 1000,
  keepRecent: 20,
  keepDays: 14,
};

/**
 * Takes a project's rolling snapshots: on open and while editing (at most one per interval, and
 * none when nothing changed), and before risky operations (always). Snapshots while editing run
 * in the background after pending writes are flushed; a failure there is reported, never thrown
 * at an edit. The project's write lock must be held while it runs.
 */
export class BackupScheduler {
  private last = Number.NEGATIVE_INFINITY;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly dir: string,
    private readonly policy: BackupPolicy,
    /** Resolves when every pending write of the project is on disk. */
    private readonly flush: () => Promise<void>,
    private readonly report: (message: string) => void = (message) => console.warn(`[factdesk] ${message}`),
  ) {}

  private now(): Date {
    return this.policy.now ? this.policy.now() : new Date();
  }

  /**
   * On open: a snapshot unless the newest one is recent (or nothing changed since it). A project with
   * no snapshot and no document yet (made by `new`, opened by the `import` that fills it) has nothing
   * worth restoring: its first snapshot is taken after its first change instead, with the drafts.
   */
  async atOpen(empty: boolean): Promise<void> {
    const newest = (await listSnapshots(this.dir).catch(() => []))[0];
    if (newest) this.last = new Date(newest.info.createdAt).getTime();
    else if (empty) return;
    if (this.due()) await this.run('open').catch((error: unknown) => this.fail(error));
  }

  /** For a project just created: the first snapshot comes an interval later, or on its next open. */
  startsNow(): void {
    this.last = this.now().getTime();
  }

  /** After an edit: starts a background snapshot when the interval has passed. */
  afterChange(): void {
    if (this.running || !this.due()) return;
    this.running = this.flush()
      .then(() => this.run('editing'))
      .catch((error: unknown) => this.fail(error))
      .finally(() => (this.running = null));
  }

  /** Before a risky operation: a snapshot now (after pending writes); refused clearly when it cannot be made. */
  async before(reason: SnapshotReason): Promise<SnapshotResult> {
    await this.idle();
    await this.flush();
    try {
      return await this.run(reason);
    } catch (error) {
      throw new UserError(
        `Factdesk could not back up the project first (${why(error)}), so nothing was changed.`,
        'io-failed',
      );
    }
  }

  /** Resolves when no snapshot is being taken. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private due(): boolean {
    return this.now().getTime() - this.last >= this.policy.intervalMs;
  }

  private async run(reason: SnapshotReason): Promise<SnapshotResult> {
    const at = this.now();
    const result = await takeSnapshot(this.dir, reason, { now: () => at, retention: this.policy });
    this.last = at.getTime();
    return result;
  }

  private fail(error: unknown): void {
    this.report(`A backup of ${this.dir} could not be made: ${why(error)}.`);
  }
}

/** Why a snapshot failed, in words: a file-system error's description, else the error's sentence. */
function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? describeIoError(error) : messageFor(error).replace(/\.$/, '');
}
