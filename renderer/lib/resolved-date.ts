import type { ClaimValues } from '../../shared/domain';
import { openDateRelation } from '../../shared/domain/date-relation';
import type { ListedValues } from '../../shared/ipc/claim-list-row';

/** Dates as the checker's locale writes them; the ISO day is a calendar day, so read in UTC. */
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

function dayOf(iso: unknown): Date | null {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The days as written, remembered: formatting is most of a table row's render, and a project's claims
 * share few distinct dates (emptied past a bound so it never grows with the project).
 */
const writtenDays = new Map<string, string>();
function daysOf(startIso: string, start: Date, end: Date | null): string {
  const key = end ? `${startIso}/${end.toISOString()}` : startIso;
  let days = writtenDays.get(key);
  if (days === undefined) {
    days = end ? dayFormat.formatRange(start, end) : dayFormat.format(start);
    if (writtenDays.size >= 5_000) writtenDays.clear();
    writtenDays.set(key, days);
  }
  return days;
}

/**
 * The day or days a claim's date words were resolved to ("Mar 3, 2023", "Feb 10 – 20, 2022"), with
 * the word that leaves it open on one side ("since May 1 – Aug 31, 2019" for "since mid-2019"), or
 * null when it has none. "Not resolved" when the claim finder read a date it could not place (no
 * year, and no publication date to count from). Takes a list row's values or a whole claim's.
 */
export function resolvedDate(values: ListedValues | ClaimValues | undefined): string | null {
  if (!values) return null;
  const start = dayOf(values.dateStart);
  if (!start) return values.resolved === false ? 'not resolved' : null;
  const days = daysOf(values.dateStart as string, start, dayOf(values.dateEnd));
  const relation = openDateRelation(values as ClaimValues);
  return relation ? `${relation} ${days}` : days;
}

/**
 * What comes before a resolved date: "Date resolved to" a day or span, "Date resolved:" an open one
 * ("Date resolved: since May 1 – Aug 31, 2019").
 */
export function resolvedDateLabel(values: ListedValues | ClaimValues | undefined): string {
  return openDateRelation(values as ClaimValues) ? 'Date resolved:' : 'Date resolved to';
}

/** The same as one line for a tooltip: "Date resolved to Mar 3, 2023", "Date not resolved", or null. */
export function resolvedDateLine(values: ListedValues | ClaimValues | undefined): string | null {
  const date = resolvedDate(values);
  if (date === null) return null;
  return date === 'not resolved' ? 'Date not resolved' : `${resolvedDateLabel(values)} ${date}`;
}
