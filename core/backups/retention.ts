/** How many snapshots are kept: the most recent ones, plus the newest of each recent day. */
export interface RetentionPolicy {
  /** The newest snapshots kept whatever their age. */
  readonly keepRecent: number;
  /** For each of this many days back from today (UTC days, today included), its newest snapshot is kept. */
  readonly keepDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The snapshots to delete under `policy` at time `now`: all but the `keepRecent` newest, the newest
 * of each of the last `keepDays` UTC days, and any dated in the future (a clock that was wrong is
 * no reason to delete). Pure, so it is tested with fake clocks.
 */
export function snapshotsToRemove(
  snapshots: readonly { readonly name: string; readonly createdAt: Date }[],
  now: Date,
  policy: RetentionPolicy,
): string[] {
  const newestFirst = [...snapshots].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set(newestFirst.slice(0, Math.max(0, policy.keepRecent)).map((s) => s.name));
  const today = Math.floor(now.getTime() / DAY_MS);
  const daysKept = new Set<number>();
  for (const snapshot of newestFirst) {
    const time = snapshot.createdAt.getTime();
    if (Number.isNaN(time) || time > now.getTime()) {
      keep.add(snapshot.name);
      continue;
    }
    const day = Math.floor(time / DAY_MS);
    if (today - day < policy.keepDays && !daysKept.has(day)) {
      daysKept.add(day);
      keep.add(snapshot.name);
    }
  }
  return newestFirst.filter((s) => !keep.has(s.name)).map((s) => s.name);
}
