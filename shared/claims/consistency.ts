import type { ClaimKind } from '../domain/enums';
import type { ClaimValues } from '../domain/claim';
import { parseIso, weekday, WEEKDAYS, dayNumber } from './calendar';

/** What the consistency checks read of a claim. */
export interface CheckableClaim {
  readonly quote: string;
  readonly kind: ClaimKind;
  readonly values?: ClaimValues;
}

/** One inconsistency: the claims it concerns (indices into the list checked) and one clear sentence. */
export interface ConsistencyIssue {
  readonly claims: readonly number[];
  readonly message: string;
}

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** A duration beside a date range that does not match it: "for ten days, from February 10 to 20". */
function durationVersusRange(claim: CheckableClaim): string | undefined {
  const v = claim.values;
  const duration = v?.durationDays;
  const range = v?.rangeDays;
  if (typeof duration !== 'number' || typeof range !== 'number' || duration === range) return undefined;
  const said = typeof v?.duration === 'string' ? `“${v.duration}”` : `${duration} days`;
  if (duration === range - 1) {
    return `${said} does not match the dates given, which span ${range} days counting both the first and the last day (${duration} only if the last day is left out).`;
  }
  return `${said} does not match the dates given, which span ${range} days.`;
}

/** A part larger than its whole ("300 of the 250 delegates"), or a share above 100 percent of something. */
function partVersusWhole(claim: CheckableClaim): string | undefined {
  const v = claim.values;
  if (typeof v?.number === 'number' && typeof v.whole === 'number' && v.number > v.whole) {
    return `The part (${fmt(v.number)}) is larger than the whole it is said to belong to (${fmt(v.whole)}).`;
  }
  if (v?.share === true && v.unit === 'percent' && typeof v.number === 'number' && v.number > 100) {
    return `A share of ${fmt(v.number)} percent is more than the whole.`;
  }
  return undefined;
}

/** A day outside the period it is said to fall in, or a weekday that does not match the date. */
function dateAgainstWindow(claim: CheckableClaim): string | undefined {
  const v = claim.values;
  const day = parseIso(v?.dateStart);
  if (!day) return undefined;
  const from = parseIso(typeof v?.windowStart === 'string' ? v.windowStart : undefined);
  const to = parseIso(typeof v?.windowEnd === 'string' ? v.windowEnd : undefined);
  if (from && to && (dayNumber(day) < dayNumber(from) || dayNumber(day) > dayNumber(to))) {
    return `${v?.dateStart} falls outside the period it is said to be in (${v?.windowStart} to ${v?.windowEnd}).`;
  }
  if (typeof v?.weekday === 'string' && v.granularity === 'day') {
    const actual = WEEKDAYS[weekday(day)] ?? '';
    if (actual !== v.weekday.toLowerCase()) {
      return `${v.dateStart} was a ${actual.charAt(0).toUpperCase()}${actual.slice(1)}, not a ${v.weekday}.`;
    }
  }
  return undefined;
}

/** Whether two figures differ by more than rounding or an approximation would explain. */
function differ(a: ClaimValues, b: ClaimValues): boolean {
  const x = a.number;
  const y = b.number;
  if (typeof x !== 'number' || typeof y !== 'number') return false;
  const tolerance = a.approximate || b.approximate || a.bound || b.bound ? 0.15 : 0.005;
  return Math.abs(x - y) > tolerance * Math.max(Math.abs(x), Math.abs(y));
}

/**
 * Checks claims from one draft against themselves and each other: a duration that does not match its date
 * range, a part larger than its whole, a date outside the window it is said to fall in (or on the wrong
 * weekday), and the same measure given two different figures ("revenue of $1.2 billion" here, "revenue of
 * $1.5 billion" there).
 */
export function checkConsistency(claims: readonly CheckableClaim[]): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const byMeasure = new Map<string, number[]>();
  claims.forEach((claim, i) => {
    for (const check of [durationVersusRange, partVersusWhole, dateAgainstWindow]) {
      const message = check(claim);
      if (message) issues.push({ claims: [i], message });
    }
    const v = claim.values;
    if (claim.kind === 'quantity' && typeof v?.measure === 'string') {
      const key = `${v.measure}|${v.unit ?? ''}`;
      byMeasure.set(key, [...(byMeasure.get(key) ?? []), i]);
    }
  });
  for (const [key, indices] of byMeasure) {
    const first = indices[0] as number;
    const a = claims[first] as CheckableClaim;
    for (const j of indices.slice(1)) {
      const b = claims[j] as CheckableClaim;
      if (a.values && b.values && differ(a.values, b.values)) {
        const measure = key.split('|')[0];
        issues.push({
          claims: [first, j],
          message: `The ${measure} is given two ways in this draft: “${a.quote}” and “${b.quote}”.`,
        });
      }
    }
  }
  return issues;
}
