/** Calendar arithmetic on plain year/month/day triples (UTC, no time zones). */

/** A calendar day. Months are 1–12. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
]; // prettier-ignore

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Month number (1–12) of a month name or abbreviation ("Feb.", "Sept"); undefined if none. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const index = MONTHS.findIndex((month) => month.startsWith(key));
  return index < 0 ? undefined : index + 1;
}

/** Number of days in a month; February of an unknown year counts 28. */
export function daysInMonth(y: number | undefined, m: number): number {
  if (m === 2) return y !== undefined && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Days since 1970-01-01 of a calendar day. */
export function dayNumber(date: Ymd): number {
  return Math.floor(Date.UTC(date.y, date.m - 1, date.d) / 86_400_000);
}

/** The calendar day of a day number. */
export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Adds days to a calendar day. */
export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(date) + days);
}

/** Day of the week, 0 = Sunday. */
export function weekday(date: Ymd): number {
  return (dayNumber(date) + 4) % 7; // 1970-01-01 was a Thursday
}

/** ISO `YYYY-MM-DD`. */
export function toIso(date: Ymd): string {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

/** Parses ISO `YYYY-MM-DD` (anything after the day is ignored); undefined if malformed. */
export function parseIso(text: string | undefined): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text ?? '');
  if (!m) return undefined;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (date.m < 1 || date.m > 12 || date.d < 1 || date.d > daysInMonth(date.y, date.m)) return undefined;
  return date;
}

/** Inclusive count of days from `a` to `b`. */
export function inclusiveDays(a: Ymd, b: Ymd): number {
  return dayNumber(b) - dayNumber(a) + 1;
}

/**
 * The year a month and day without a year most likely fall in, seen from the document's date:
 * the one of last year, this year and next year closest to it.
 */
export function nearestYear(m: number, d: number, reference: Ymd): number {
  let best = reference.y;
  let bestDistance = Infinity;
  for (const y of [reference.y - 1, reference.y, reference.y + 1]) {
    const distance = Math.abs(dayNumber({ y, m, d: Math.min(d, daysInMonth(y, m)) }) - dayNumber(reference));
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The year a month (days `first` to `last` of it) without a year falls in, seen from the document's
 * date: for the past, the latest such period begun on or before it; for the future, the earliest not yet
 * over; otherwise the nearest (`nearestYear` at `day`).
 */
export function placeYear(
  m: number,
  days: { first: number; last: number; day: number },
  reference: Ymd,
  tense: 'past' | 'future' | undefined,
): number {
  const { y } = reference;
  if (tense === 'past')
    return m < reference.m || (m === reference.m && days.first <= reference.d) ? y : y - 1;
  if (tense === 'future')
    return m > reference.m || (m === reference.m && days.last >= reference.d) ? y : y + 1;
  return nearestYear(m, days.day, reference);
}
