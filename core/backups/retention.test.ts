import { describe, expect, it } from 'vitest';
import { snapshotsToRemove } from './retention';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const now = new Date('2024-05-20T12:00:00.000Z');

/** A snapshot every `everyMs` going back `count` times from `now`, named by its age. */
function series(count: number, everyMs: number) {
  return Array.from({ length: count }, (_, i) => ({
    name: `s${i}`,
    createdAt: new Date(now.getTime() - i * everyMs),
  }));
}

describe('snapshotsToRemove', () => {
  it('keeps everything while there are no more than the recent ones', () => {
    expect(snapshotsToRemove(series(5, HOUR), now, { keepRecent: 5, keepDays: 0 })).toEqual([]);
  });

  it('keeps the newest N and, for each of the last days, that day’s newest', () => {
    // Every 6 hours for 10 days: 40 snapshots; days are UTC days, today included.
    const snapshots = series(40, 6 * HOUR);
    const removed = new Set(snapshotsToRemove(snapshots, now, { keepRecent: 3, keepDays: 4 }));
    const kept = snapshots.filter((s) => !removed.has(s.name)).map((s) => s.name);
    const dayOf = (d: Date) => d.toISOString().slice(0, 10);
    const newestPerDay = new Map<string, string>();
    for (const s of snapshots)
      if (!newestPerDay.has(dayOf(s.createdAt))) newestPerDay.set(dayOf(s.createdAt), s.name);
    const expected = new Set(['s0', 's1', 's2']);
    for (const day of ['2024-05-20', '2024-05-19', '2024-05-18', '2024-05-17'])
      expected.add(newestPerDay.get(day)!);
    expect(new Set(kept)).toEqual(expected);
    expect(removed.size).toBe(40 - expected.size);
  });

  it('moves on as the clock moves: yesterday’s many become one, old days go', () => {
    const snapshots = series(24, HOUR); // the last day, hourly
    const tomorrow = new Date(now.getTime() + DAY);
    const removed = snapshotsToRemove(snapshots, tomorrow, { keepRecent: 2, keepDays: 2 });
    // Two days back from the 21st are the 21st and the 20th: the 20th's newest (s0) is kept already; the 19th is too old.
    const kept = snapshots.map((s) => s.name).filter((name) => !removed.includes(name));
    expect(kept).toEqual(['s0', 's1']);
    const inAWeek = new Date(now.getTime() + 7 * DAY);
    expect(snapshotsToRemove(snapshots, inAWeek, { keepRecent: 1, keepDays: 3 })).toHaveLength(23);
  });

  it('never deletes a snapshot dated in the future (a clock that was wrong)', () => {
    const snapshots = [...series(3, HOUR), { name: 'future', createdAt: new Date(now.getTime() + 30 * DAY) }];
    const removed = snapshotsToRemove(snapshots, now, { keepRecent: 0, keepDays: 0 });
    expect(removed).not.toContain('future');
    expect(removed).toHaveLength(3);
  });

  it('keeps one a day over a long run of editing with a fake clock', () => {
    const snapshots = series(14 * 24 * 6, 10 * 60 * 1000); // every 10 minutes for 14 days
    const removed = snapshotsToRemove(snapshots, now, { keepRecent: 20, keepDays: 14 });
    expect(snapshots.length - removed.length).toBeLessThanOrEqual(20 + 14);
    expect(snapshots.length - removed.length).toBeGreaterThanOrEqual(20 + 13);
  });
});
