/** The written-date framework: what a date form reads, and helpers the languages' forms share. */

/** A date as written: any of year, month, day, a part of the period, or a weekday. */
export interface DatePoint {
  y?: number;
  m?: number;
  d?: number;
  /** "early", "mid" or "late" part of the month or year. */
  part?: 'early' | 'mid' | 'late';
  /** A decade: "the 1990s". */
  decade?: boolean;
  /** A weekday named: 0 = Sunday. */
  weekday?: number;
  /** Offset relative to the document's date, in days, weeks, months or years. */
  relative?: { unit: 'day' | 'week' | 'month' | 'year'; offset: number };
}

/** What one written form reads: a single point or a range. */
export interface DateReading {
  from: DatePoint;
  to?: DatePoint;
}

/** A written date form: a regex (global, Unicode) and how to read a match. */
export interface DateForm {
  re: RegExp;
  read(m: RegExpExecArray): DateReading | undefined;
}

/** Regex sources every language shares: a day of the month, a year. */
export const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
const END = '(?![\\p{L}\\d])';

/** A date form from a regex source (ended where no letter or digit follows) and its reader. */
export const form = (source: string, read: DateForm['read'], flags = 'gu'): DateForm => ({
  re: new RegExp(source + END, flags),
  read,
});

/** Reads a day or year numeral. */
export const num = (text: string | undefined): number | undefined => (text ? parseInt(text, 10) : undefined);

/** Reads a duration's length in days, given the unit's kind; undefined when the count is unreadable. */
export function daysOf(
  count: string,
  unit: 'day' | 'week' | 'month' | 'year' | undefined,
  parseWords: (phrase: string) => number | undefined,
): number | undefined {
  const n = /^\d+$/.test(count) ? Number(count) : parseWords(count);
  if (n === undefined) return undefined;
  const per = unit === 'week' ? 7 : unit === 'month' ? 30 : unit === 'year' ? 365 : 1;
  return n * per;
}
