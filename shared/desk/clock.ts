/**
 * A hybrid logical clock: wall time (ISO, milliseconds, UTC) and a counter for changes made within
 * one millisecond or while the machine's clock is behind a change it has already seen. A replica's
 * next change is always later than every change it has seen, so ordering changes by clock never puts
 * a change before one its writer had seen, whatever the machines' clocks say.
 */
export interface Clock {
  /** Wall time, as `Date.prototype.toISOString` writes it. */
  readonly at: string;
  /** Orders changes that share `at`. */
  readonly tick: number;
}

/** Negative when `a` is earlier, positive when later, 0 when equal. */
export function compareClocks(a: Clock, b: Clock): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.tick - b.tick;
}

/** The later of two clocks (`a` when equal); null counts as earlier than any clock. */
export function laterClock(a: Clock | null, b: Clock | null): Clock | null {
  if (!a) return b;
  if (!b) return a;
  return compareClocks(b, a) > 0 ? b : a;
}

/** The clock of a new change, given the latest clock seen so far and the machine's time now. */
export function nextClock(latest: Clock | null, physicalMs: number): Clock {
  const wall = new Date(physicalMs).toISOString();
  if (!latest || wall > latest.at) return { at: wall, tick: 0 };
  return { at: latest.at, tick: latest.tick + 1 };
}
