import { laterClock, nextClock, type Clock } from './clock';
import { entryKey, type DeskEntry, type DeskOp } from './entry';

/**
 * What one replica (one copy of a project on one machine) knows when it writes: its own log's
 * length, the latest clock it has seen or written, and how much of every other replica's log it
 * has taken in. Pure: the caller stores it and supplies the time.
 */
export interface ReplicaState {
  readonly replica: string;
  readonly seq: number;
  readonly latest: Clock | null;
  readonly seen: Readonly<Record<string, number>>;
}

/** One checker's change, before it is stamped. */
export interface Change {
  readonly by: string;
  readonly email?: string;
  readonly document: string;
  readonly ops: readonly DeskOp[];
}

export function newReplicaState(replica: string): ReplicaState {
  return { replica, seq: 0, latest: null, seen: {} };
}

/** Stamps a change as this replica's next entry: later than everything the replica has seen. */
export function writeEntry(
  state: ReplicaState,
  change: Change,
  physicalMs: number,
): { entry: DeskEntry; state: ReplicaState } {
  const clock = nextClock(state.latest, physicalMs);
  const entry: DeskEntry = {
    replica: state.replica,
    seq: state.seq + 1,
    at: clock.at,
    tick: clock.tick,
    by: change.by,
    ...(change.email ? { email: change.email } : {}),
    seen: { ...state.seen },
    document: change.document,
    ops: [...change.ops],
  };
  return { entry, state: { ...state, seq: entry.seq, latest: clock } };
}

/** What a replica knows after taking in `entries` (its own included: a log it wrote before). */
export function takeIn(state: ReplicaState, entries: Iterable<DeskEntry>): ReplicaState {
  let { seq, latest } = state;
  const seen = { ...state.seen };
  for (const entry of entries) {
    latest = laterClock(latest, entry);
    if (entry.replica === state.replica) seq = Math.max(seq, entry.seq);
    else if ((seen[entry.replica] ?? 0) < entry.seq) seen[entry.replica] = entry.seq;
  }
  return { replica: state.replica, seq, latest, seen };
}

/** A set of entries, by `replica:seq`. */
export type DeskLog = ReadonlyMap<string, DeskEntry>;

/** The union of logs: what a replica holds after receiving the others' (git carries whole files). */
export function mergeLogs(...logs: readonly DeskLog[]): Map<string, DeskEntry> {
  const merged = new Map<string, DeskEntry>();
  for (const log of logs) for (const [key, entry] of log) merged.set(key, entry);
  return merged;
}

/** A log holding `entries`. */
export function logOf(entries: Iterable<DeskEntry>): Map<string, DeskEntry> {
  return new Map([...entries].map((entry) => [entryKey(entry), entry]));
}
