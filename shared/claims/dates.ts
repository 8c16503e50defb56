import type { ClaimValues } from '../domain/claim';
import type { Candidate, SentenceRef } from './types';
import type { DatePoint, DateReading } from './date-forms';
import type { Ymd } from './calendar';
import type { LanguagePack } from './languages/tables';
import type { Tense } from './date-tense';
import { ENGLISH } from './languages/en';
import {
  addDays,
  daysInMonth,
  dayNumber,
  inclusiveDays,
  placeYear,
  toIso,
  weekday,
  WEEKDAYS,
} from './calendar';
import { tenseContext, tenseOfDate } from './date-tense';

/** What the date finder needs to know about the document. */
export interface DateContext {
  /** The document's date, when known. */
  reference?: Ymd;
}

interface Resolved {
  start: Ymd;
  end: Ymd;
  granularity: string;
}

/**
 * What the words around a date say of its time, asked only when needed (their patterns are among the
 * costliest a sentence is read with): whether they speak of the future (for a bare weekday), and the
 * tense that places a month or day written without a year.
 */
interface Around {
  future(): boolean;
  tense(): Tense | undefined;
}

/** The days of its month a point without a year covers, to place it by tense (the last at most 31). */
function monthDays(p: DatePoint): { first: number; last: number; day: number } {
  if (p.d !== undefined) return { first: p.d, last: p.d, day: p.d };
  const [first, last] =
    p.part === 'early' ? [1, 10] : p.part === 'mid' ? [11, 20] : p.part === 'late' ? [21, 31] : [1, 31];
  return { first, last, day: 15 };
}

/** Resolves a written date to the days it covers; undefined when a year or reference is missing. */
function resolvePoint(p: DatePoint, ctx: DateContext, around: Around): Resolved | undefined {
  const ref = ctx.reference;
  if (p.relative) {
    if (!ref) return undefined;
    const { unit, offset } = p.relative;
    if (p.weekday !== undefined) {
      const diff = (p.weekday - weekday(ref) + 7) % 7; // days forward to that weekday
      let days = offset > 0 || around.future() ? diff : diff === 0 ? 0 : diff - 7;
      if (offset < 0 && days === 0) days = -7;
      if (offset > 0 && days === 0) days = 7;
      const day = addDays(ref, days);
      return { start: day, end: day, granularity: 'day' };
    }
    if (unit === 'day') {
      const day = addDays(ref, offset);
      return { start: day, end: day, granularity: 'day' };
    }
    if (unit === 'week') {
      const monday = addDays(ref, -((weekday(ref) + 6) % 7) + 7 * offset);
      return { start: monday, end: addDays(monday, 6), granularity: 'week' };
    }
    if (unit === 'month') {
      const index = ref.y * 12 + (ref.m - 1) + offset;
      const y = Math.floor(index / 12);
      const m = (index % 12) + 1;
      return { start: { y, m, d: 1 }, end: { y, m, d: daysInMonth(y, m) }, granularity: 'month' };
    }
    const y = ref.y + offset;
    return { start: { y, m: 1, d: 1 }, end: { y, m: 12, d: 31 }, granularity: 'year' };
  }
  if (p.m === undefined) {
    if (p.y === undefined) return undefined;
    if (p.decade) {
      const [a, b] =
        p.part === 'early' ? [0, 3] : p.part === 'mid' ? [4, 6] : p.part === 'late' ? [7, 9] : [0, 9];
      return { start: { y: p.y + a, m: 1, d: 1 }, end: { y: p.y + b, m: 12, d: 31 }, granularity: 'decade' };
    }
    const [a, b] =
      p.part === 'early' ? [1, 4] : p.part === 'mid' ? [5, 8] : p.part === 'late' ? [9, 12] : [1, 12];
    const end = { y: p.y, m: b, d: daysInMonth(p.y, b) };
    return { start: { y: p.y, m: a, d: 1 }, end, granularity: p.part ? `${p.part}-year` : 'year' };
  }
  const y = p.y ?? (ref ? placeYear(p.m, monthDays(p), ref, around.tense()) : undefined);
  if (y === undefined) return undefined;
  if (p.d !== undefined) {
    if (p.d > daysInMonth(y, p.m)) return undefined;
    const day = { y, m: p.m, d: p.d };
    return { start: day, end: day, granularity: 'day' };
  }
  const last = daysInMonth(y, p.m);
  const [a, b] =
    p.part === 'early' ? [1, 10] : p.part === 'mid' ? [11, 20] : p.part === 'late' ? [21, last] : [1, last];
  return {
    start: { y, m: p.m, d: a },
    end: { y, m: p.m, d: b },
    granularity: p.part ? `${p.part}-month` : 'month',
  };
}

/** Inclusive length in days of a range written without a year, counted in a common year. */
function rangeDaysWithoutYear(reading: DateReading): number | undefined {
  const { from, to } = reading;
  if (!to || from.m === undefined || to.m === undefined || from.d === undefined || to.d === undefined)
    return undefined;
  const y = from.y ?? 2001;
  const yTo = to.y ?? (to.m < from.m ? y + 1 : y);
  return inclusiveDays({ y, m: from.m, d: from.d }, { y: yTo, m: to.m, d: to.d });
}

/**
 * A range written without a year ("from July 16 to 26", "December 28 to January 3") in one year, placed
 * once from its start: the end falls in it too, or in the next when its month comes before the start's.
 */
function inOneYear(reading: DateReading, ref: Ymd | undefined, around: Around): DateReading {
  const { from, to } = reading;
  if (!ref || !to || from.y !== undefined || to.y !== undefined) return reading;
  if (from.m === undefined || to.m === undefined) return reading;
  const y = placeYear(from.m, monthDays(from), ref, around.tense());
  return { from: { ...from, y }, to: { ...to, y: to.m < from.m ? y + 1 : y } };
}

/** The values a date claim carries: ISO dates, granularity, the stated weekday, the range length. */
function valuesOf(written: DateReading, ctx: DateContext, around: Around): ClaimValues {
  const values: ClaimValues = {};
  const reading = inOneYear(written, ctx.reference, around);
  const a = resolvePoint(reading.from, ctx, around);
  const b = reading.to ? resolvePoint(reading.to, ctx, around) : undefined;
  if (a) {
    const end = b ? b.end : a.end;
    values.dateStart = toIso(a.start);
    if (dayNumber(end) !== dayNumber(a.start)) values.dateEnd = toIso(end);
    values.granularity = reading.to ? 'range' : a.granularity;
    if (reading.to) values.rangeDays = inclusiveDays(a.start, end);
  } else {
    values.resolved = false;
    const days = rangeDaysWithoutYear(reading);
    if (days !== undefined) values.rangeDays = days;
  }
  if (reading.from.weekday !== undefined && reading.from.d !== undefined) {
    values.weekday = capitalize(WEEKDAYS[reading.from.weekday] ?? '');
  }
  return values;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

interface Match {
  start: number;
  end: number;
  reading: DateReading;
}

/**
 * Finds dates, date ranges and durations tied to a range in one sentence, resolved to ISO dates against
 * the document's date when one is known ("on Thursday", "mid-February", "for ten days, from February 10
 * to 20", "mid-2019").
 */
export function findDates(
  sentence: SentenceRef,
  ctx: DateContext,
  lang: LanguagePack = ENGLISH,
): Candidate[] {
  const t = lang.dates;
  const s = sentence.text;
  if (!t.hint.test(s)) return [];
  const matches: Match[] = [];
  for (const f of t.forms) {
    f.re.lastIndex = 0;
    for (let m = f.re.exec(s); m; m = f.re.exec(s)) {
      if (m[0].length === 0) {
        f.re.lastIndex++;
        continue;
      }
      const reading = f.read(m);
      if (reading) matches.push({ start: m.index, end: m.index + m[0].length, reading });
    }
  }
  // Longest first, then leftmost; keep those that do not overlap a kept one.
  matches.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const kept: Match[] = [];
  for (const m of matches) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  kept.sort((x, y) => x.start - y.start);
  const futureByClause = new Map<string, boolean>();
  const speaksOfFuture = (text: string): boolean => {
    let answer = futureByClause.get(text);
    if (answer === undefined) futureByClause.set(text, (answer = t.future.test(text)));
    return answer;
  };
  const out: Candidate[] = [];
  for (const m of kept) {
    let start = m.start;
    let end = m.end;
    let tense: Tense | undefined | null = null;
    const around: Around = {
      future: () => speaksOfFuture(tenseContext(s, m.start, m.end)),
      tense: () => {
        if (tense === null) tense = t.tense ? tenseOfDate(s, m.start, m.end, t.tense) : undefined;
        return tense;
      },
    };
    const values = valuesOf(m.reading, ctx, around);
    // A duration written next to a range: "for ten days, from February 10 to 20".
    if (m.reading.to) {
      const before = t.durationBefore.exec(s.slice(Math.max(0, start - 40), start));
      const after = t.durationAfter.exec(s.slice(end, end + 40));
      const hit = before ?? after;
      if (hit && hit[1] && hit[2]) {
        const days = t.durationDays(hit[1], hit[2]);
        if (days !== undefined) {
          values.durationDays = days;
          values.duration = hit[0].replace(/^[,\s]+|[,\s]+$/g, '');
        }
        if (before) start -= before[0].length;
        else end += hit[0].length;
      }
    }
    const lead = t.leadIn.exec(s.slice(Math.max(0, start - 24), start));
    if (lead && lead[1] && !t.rangeOpener.test(s.slice(start))) {
      start -= lead[1].length;
      const relation = t.relations[lead[1].trim().toLowerCase()];
      if (relation) values.relation = relation;
    }
    while (end > start && /[\s,]/.test(s[end - 1] as string)) end--;
    out.push({
      start: sentence.start + start,
      end: sentence.start + end,
      kind: 'date',
      values,
      prior: datePrior(m.reading, values),
    });
  }
  linkWindows(out, (a, b) => s.slice(a.end - sentence.start, b.start - sentence.start));
  return out;
}

/** A bare relative date ("on Thursday") matters less than a dated range with a duration. */
function datePrior(reading: DateReading, values: ClaimValues): number {
  if (values.durationDays !== undefined) return 0.75;
  if (reading.to) return 0.65;
  if (reading.from.d !== undefined || reading.from.part) return 0.55;
  return 0.45;
}

/**
 * A day said to fall inside a period written right before it ("last week, on January 3"): records the
 * period on the day's values so the consistency checks can compare them.
 */
function linkWindows(dates: Candidate[], between: (a: Candidate, b: Candidate) => string): void {
  for (let i = 1; i < dates.length; i++) {
    const window = dates[i - 1] as Candidate;
    const day = dates[i] as Candidate;
    const wide = window.values.granularity !== 'day' && window.values.dateEnd !== undefined;
    if (!wide || day.values.granularity !== 'day') continue;
    if (!/^,?\s*$/.test(between(window, day))) continue;
    day.values.windowStart = window.values.dateStart as string;
    day.values.windowEnd = window.values.dateEnd as string;
  }
}
