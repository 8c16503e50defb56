/**
 * Month and weekday names of a language, from the platform's Intl data (ICU), plus the spellings a
 * language's news also uses that ICU does not list ("setiembre", "Jänner").
 */
import { escapeRegex } from '../numbers';

/** Names (lower case) mapped to a month (1–12) or a weekday (0 = Sunday). */
export interface CalendarNames {
  months: ReadonlyMap<string, number>;
  weekdays: ReadonlyMap<string, number>;
  /** Regex alternatives, longest first: `(?:febrero|feb\.|…)`. */
  monthSource: string;
  weekdaySource: string;
}

function alternatives(names: Iterable<string>): string {
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(escapeRegex).join('|')})`;
}

/**
 * The month and weekday names of `locale`: long names, and short ones when they end with a stop
 * ("févr.", "Feb.") or are the whole name ("mai"), so a short word alone is never taken for a month.
 */
export function calendarNames(
  locale: string,
  extra: { months?: Record<string, number>; weekdays?: Record<string, number> } = {},
): CalendarNames {
  const months = new Map<string, number>();
  const long = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  for (let m = 0; m < 12; m++) {
    const date = Date.UTC(2021, m, 15);
    const name = long.format(date).toLowerCase();
    months.set(name, m + 1);
    const stem = short.format(date).toLowerCase().replace(/\.$/, '');
    if (stem.length >= 3 && stem !== name) months.set(`${stem}.`, m + 1);
  }
  for (const [name, m] of Object.entries(extra.months ?? {})) months.set(name, m);
  const weekdays = new Map<string, number>();
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  for (let d = 0; d < 7; d++) {
    // 2021-08-01 was a Sunday.
    weekdays.set(day.format(Date.UTC(2021, 7, 1 + d)).toLowerCase(), d);
  }
  for (const [name, d] of Object.entries(extra.weekdays ?? {})) weekdays.set(name, d);
  return {
    months,
    weekdays,
    monthSource: alternatives(months.keys()),
    weekdaySource: alternatives(weekdays.keys()),
  };
}

/** The month (1–12) of a name as written, any case; undefined if it is none. */
export function monthOf(names: CalendarNames, written: string | undefined): number | undefined {
  if (!written) return undefined;
  const key = written.toLowerCase();
  return names.months.get(key) ?? names.months.get(`${key}.`);
}

/** The weekday (0 = Sunday) of a name as written, any case; undefined if it is none. */
export function weekdayOf(names: CalendarNames, written: string | undefined): number | undefined {
  if (!written) return undefined;
  return names.weekdays.get(written.toLowerCase());
}
