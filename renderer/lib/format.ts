const numberFormat = new Intl.NumberFormat();
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** A count with thousands separators. */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** `n thing(s)`, with separators. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** An ISO timestamp as a local date and time; the input as is when it does not parse. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 minutes ago", "yesterday", "just now", relative to `now` (milliseconds). */
export function formatRelative(iso: string, now: number): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return iso;
  const seconds = Math.round((time - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

/** A score in [0, 1] as a whole percentage-like number from 0 to 100. */
export function formatScore(score: number): string {
  return String(Math.round(score * 100));
}

/** True for an absolute http(s) address, the only kind Factdesk renders as a link. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** An ISO timestamp's day, short: "Dec 5" (or "5 Dec", as the locale writes it). */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : shortDate.format(date);
}

/** The locale's own time (with AM/PM where the locale uses it). */
const shortTime = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** An ISO timestamp, short: "Mar 12, 2:05 PM" (or "12 Mar, 14:05", as the locale writes them). */
export function formatShort(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${shortDate.format(date)}, ${shortTime.format(date)}`;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The English name of a BCP 47 language code ("es" → "Spanish"); the code itself if unknown. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** `text` ended as a sentence: a full stop added unless it already ends in . ! ? or … (quotes aside). */
export function asSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]["'”’)\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
