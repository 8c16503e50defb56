import { daysInMonth, monthNumber, toIso } from '../claims/calendar';

const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DAY = '(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d\\d';
/** "March 3, 2023", "3 March 2023", "2023-03-03". */
const DATE = `(?:(?<m1>${MONTH})\\s+(?<d1>${DAY}),?\\s+(?<y1>${YEAR})|(?<d2>${DAY})\\s+(?<m2>${MONTH}),?\\s+(?<y2>${YEAR})|(?<iso>${YEAR}-\\d\\d-\\d\\d))`;
/** A place: capitalized words, a comma and a region at most ("PORT ELLIS", "Port Ellis, Ruritania"). */
const PLACE =
  "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,4}(?:,\\s*\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2})?";
/** A news agency or the like in brackets: "(Reuters)". */
const CREDIT = '\\([^()\\n]{1,40}\\)';
const DASH = '(?:—|–|--?|:)';
const DATELINE = new RegExp(
  `^[ \\t]*(?:${PLACE}\\s*(?:${CREDIT}\\s*)?,\\s*)?${DATE}\\s*(?:${CREDIT}\\s*)?${DASH}`,
  'u',
);

/** How far into a draft a dateline may be: the headline, a standfirst and a byline may come first. */
const SEARCH_LINES = 6;
const SEARCH_CHARS = 2000;

/**
 * The publication date a draft's dateline gives, as `YYYY-MM-DD`: a line near the top that opens with
 * a place and a full date followed by a dash ("PORT ELLIS, March 3, 2023 — The council…"). A date
 * without a year, or one that is not a real day, gives nothing: guessing would resolve every
 * relative date in the draft against the wrong day.
 */
export function datelineDate(text: string): string | undefined {
  const lines = text
    .slice(0, SEARCH_CHARS)
    .split('\n')
    .filter((line) => line.trim() !== '');
  for (const line of lines.slice(0, SEARCH_LINES)) {
    const match = DATELINE.exec(line);
    if (match?.groups) return dayOf(match.groups);
  }
  return undefined;
}

/**
 * The calendar day at the start of a metadata date ("2022-03-10", "2022-03-10T08:00:00-05:00"), as
 * the publisher wrote it (the local day of publication); undefined when it is not a real day.
 */
export function metadataDay(value: string | undefined): string | undefined {
  const match = /^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)(?:$|[T\s])/.exec(value ?? '');
  if (!match) return undefined;
  return validDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

function dayOf(groups: Record<string, string | undefined>): string | undefined {
  if (groups.iso) return metadataDay(groups.iso);
  const month = monthNumber(groups.m1 ?? groups.m2 ?? '');
  const day = parseInt(groups.d1 ?? groups.d2 ?? '', 10);
  const year = Number(groups.y1 ?? groups.y2);
  return month === undefined ? undefined : validDay(year, month, day);
}

function validDay(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return toIso({ y, m, d });
}
