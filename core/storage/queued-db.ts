import { Low } from 'lowdb';
import type { DurableJsonFile } from './json-file-adapter';

/**
 * One lowdb file with a write queue: changes apply in memory at once, and writes run one at a time.
 * A burst of changes made while a write is in flight is coalesced into the next single write, and
 * every caller's promise resolves once a write that includes its change is durable on disk.
 */
export class QueuedDb<T> {
  private readonly low: Low<T>;
  private writing: Promise<void> | null = null;
  private pending: Promise<void> | null = null;

  private constructor(adapter: DurableJsonFile<T>, data: T) {
    this.low = new Low(adapter, data);
  }

  /** Reads the file (validated by the adapter); null when it does not exist. */
  static async load<T>(adapter: DurableJsonFile<T>): Promise<QueuedDb<T> | null> {
    const data = await adapter.read();
    return data === null ? null : new QueuedDb(adapter, data);
  }

  /** Makes a new file with `data` and writes it durably. */
  static async create<T>(adapter: DurableJsonFile<T>, data: T): Promise<QueuedDb<T>> {
    const db = new QueuedDb(adapter, data);
    await db.low.write();
    return db;
  }

  /** A queue for a file just written with `data` (by a group write of new files); nothing is written now. */
  static written<T>(adapter: DurableJsonFile<T>, data: T): QueuedDb<T> {
    return new QueuedDb(adapter, data);
  }

  get data(): T {
    return this.low.data;
  }

  /** Applies `change` now and resolves when it is durable. If the change throws, nothing is written. */
  async update<R>(change: (data: T) => R): Promise<R> {
    const result = change(this.low.data);
    await this.scheduleWrite();
    return result;
  }

  /**
   * Applies `change` now; when `needsWrite` says its result changed something, resolves once that is
   * durable, else at once with nothing written. If the change throws, nothing is written.
   */
  async updateIf<R>(change: (data: T) => R, needsWrite: (result: R) => boolean): Promise<R> {
    const result = change(this.low.data);
    if (needsWrite(result)) await this.scheduleWrite();
    return result;
  }

  /** Resolves when every change made so far is on disk. */
  async flush(): Promise<void> {
    while (this.writing || this.pending) await (this.pending ?? this.writing);
  }

  private scheduleWrite(): Promise<void> {
    if (this.pending) return this.pending;
    if (!this.writing) {
      this.writing = this.low.write().finally(() => (this.writing = null));
      return this.writing;
    }
    const previous = this.writing;
    this.pending = previous
      .catch(() => undefined)
      .then(() => {
        this.pending = null;
        return this.scheduleWrite();
      });
    return this.pending;
  }
}
