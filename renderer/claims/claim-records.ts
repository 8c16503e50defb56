import type { ClaimRow } from '../../shared/ipc/views';

/** Fetches one claim's full record (`claim:get`). */
export type RecordLoader = (claimId: string) => Promise<ClaimRow>;

/** How many full records are kept (the selected claim and the last few selected). */
const KEPT = 32;

/**
 * The full records (history, note, citations, values, sentence) of the few claims Claim details has
 * shown lately: the list holds slim rows only. A record is fetched when asked for and replaced by
 * what each change returns, so it is never older than the row beside it; a fetch that a change
 * overtook is dropped.
 */
export class ClaimRecords {
  readonly #load: RecordLoader | null;
  #records = new Map<string, ClaimRow>();
  /** Claims being fetched, with the change count when the fetch began. */
  readonly #fetching = new Map<string, number>();
  /** The change count when each claim was last changed by an answer. */
  readonly #changedAt = new Map<string, number>();
  #changes = 0;
  readonly #listeners = new Map<string, Set<() => void>>();

  constructor(load: RecordLoader | null) {
    this.#load = load;
  }

  /** The claim's full record, if it is here. */
  get(claimId: string): ClaimRow | undefined {
    return this.#records.get(claimId);
  }

  /** Asks for the claim's full record when it is not here (nor on its way). */
  want(claimId: string): void {
    if (!this.#records.has(claimId)) this.#fetch(claimId);
  }

  /** Tells `listener` when this claim's record comes or changes. */
  subscribe(claimId: string, listener: () => void): () => void {
    let listeners = this.#listeners.get(claimId);
    if (!listeners) this.#listeners.set(claimId, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#listeners.delete(claimId);
    };
  }

  /** Takes in full records a change returned (kept only for claims already here or being fetched). */
  took(rows: readonly ClaimRow[], removed: readonly string[]): void {
    this.#changes++;
    for (const row of rows) {
      this.#changedAt.set(row.id, this.#changes);
      if (this.#records.has(row.id) || this.#fetching.has(row.id)) this.#keep(row);
    }
    for (const id of removed) {
      this.#changedAt.set(id, this.#changes);
      if (this.#records.delete(id)) this.#notify(id);
    }
  }

  /** After the list was loaded again: the records shown are fetched anew, the others let go. */
  refresh(): void {
    this.#changes++;
    const shown = [...this.#records.keys()].filter((id) => this.#listeners.has(id));
    this.#records = new Map([...this.#records].filter(([id]) => this.#listeners.has(id)));
    for (const id of shown) {
      this.#changedAt.set(id, this.#changes);
      this.#fetching.delete(id);
      this.#fetch(id);
    }
  }

  #fetch(claimId: string): void {
    if (this.#load === null || this.#fetching.has(claimId)) return;
    const startedAt = this.#changes;
    this.#fetching.set(claimId, startedAt);
    this.#load(claimId).then(
      (row) => {
        if (this.#fetching.get(claimId) !== startedAt) return;
        this.#fetching.delete(claimId);
        // A change answered meanwhile is newer than this record (and already kept).
        if ((this.#changedAt.get(claimId) ?? -1) > startedAt && this.#records.has(claimId)) return;
        this.#keep(row);
      },
      () => {
        // The claim is gone (removed meanwhile): the details show nothing for it.
        if (this.#fetching.get(claimId) === startedAt) this.#fetching.delete(claimId);
      },
    );
  }

  #keep(row: ClaimRow): void {
    this.#records.delete(row.id);
    this.#records.set(row.id, row);
    for (const id of this.#records.keys()) {
      if (this.#records.size <= KEPT) break;
      if (!this.#listeners.has(id)) this.#records.delete(id);
    }
    this.#notify(row.id);
  }

  #notify(claimId: string): void {
    for (const listener of this.#listeners.get(claimId) ?? []) listener();
  }
}
