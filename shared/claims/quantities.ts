import type { ClaimValues } from '../domain/claim';
import type { Candidate, SentenceRef } from './types';
import type { LanguagePack, NumberTables, UnitTables } from './languages/tables';
import { CURRENCY_SYMBOLS, escapeRegex, isYearLike } from './numbers';
import { signBefore, temperatureAfter } from './numeral-marks';
import { localPhoneEnd, phoneNumberEnd } from './phone-numbers';
import { measureTail, readUnit } from './units';
import type { UnitRead } from './units';
import { ENGLISH } from './languages/en';

/** Suffixes glued to a numeral: units and percent. */
const GLUED_UNITS: Record<string, string> = {
  km: 'km', kg: 'kg', mm: 'mm', cm: 'cm', mph: 'mph', kph: 'km/h', ft: 'ft', lb: 'lb', lbs: 'lb', gw: 'GW',
  mw: 'MW', kw: 'kW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', mg: 'mg', ml: 'ml', sq: 'sq', ha: 'ha', t: 't',
}; // prettier-ignore

const derived = new WeakMap<NumberTables, { hedge: RegExp; tail: RegExp }>();
/** Patterns built once per language: a hedge right before a number ("some", "unos", "rund"), a range tail. */
function patterns(t: NumberTables): { hedge: RegExp; tail: RegExp } {
  let p = derived.get(t);
  if (!p) {
    p = {
      hedge: new RegExp(`(?:^|[^\\p{L}])(${t.hedges.map(([h]) => escapeRegex(h)).join('|')})\\s+$`, 'iu'),
      tail: new RegExp(`^[-\u2013\u2212+]?(?:[$€£¥])?(${t.numeral})`),
    };
    derived.set(t, p);
  }
  return p;
}

// Unicode patterns as constants: the Node bundles turn a `\p{…}` literal into `new RegExp` where it stands.
/** A currency symbol or code right before a number, not the end of a word. */
const CURRENCY_BEFORE =
  /(?:^|[^\p{L}])((?:US|A|C|NZ|HK|R)?\$|[€£¥₹₽₩₺]|(?:USD|EUR|GBP|JPY|CHF|CNY|RMB|INR|RUB|BRL)\s?)$/u;
/** A character before a numeral that makes it part of a name, code, time or path. */
const GLUED_BEFORE = /[\p{L}\d_#@/:.]/u;
const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;
/** The word before a number, perhaps with a stop ("No. 5"), then one space. */
const WORD_BEFORE = /([\p{L}'’]+)\.?\s$/u;
const PLAIN_WORD_BEFORE = /([\p{L}'’]+)\s$/u;
const NEXT_WORD = /^\s+([\p{L}]+)/u;

interface ParsedNumber {
  start: number;
  end: number;
  value: number;
  currency?: string;
  percent?: boolean;
  glued?: string;
  vague?: boolean;
  words?: boolean;
  /** The multiplier read from a scale word or suffix ("million" → 1e6), 1 if none. */
  scale: number;
  /** The unit is whole as written ("°C"): no noun after it is read as what is counted. */
  closedUnit?: boolean;
  /** The glued unit is a unit of measure ("ft", "km²"): only its material ("of water") may follow. */
  measure?: boolean;
}

/** Reads a currency symbol or code directly before `at` ("$", "US$", "R$", "€", "USD "). */
function currencyBefore(s: string, at: number): { start: number; code: string } | undefined {
  const m = CURRENCY_BEFORE.exec(s.slice(Math.max(0, at - 5), at));
  if (!m || m[1] === undefined) return undefined;
  const code = CURRENCY_SYMBOLS[m[1].trim().toLowerCase()];
  return code ? { start: at - m[1].length, code } : undefined;
}

/** Reads "million", "bn", "percent", "dollars" after a number; returns the new end and what it found. */
function readSuffixes(s: string, n: ParsedNumber, t: NumberTables): void {
  for (;;) {
    const rest = s.slice(n.end, n.end + 40);
    let m = t.scaleAfter.exec(rest);
    if (m && m[1]) {
      const scale = t.scales[m[1].toLowerCase()] ?? 1;
      n.value *= scale;
      n.scale *= scale;
      n.end += m[0].length;
      continue;
    }
    m = t.percentAfter.exec(rest);
    if (m && m[1] && !n.percent) {
      n.percent = true;
      n.glued = t.points.test(m[1]) ? 'percentage points' : 'percent';
      n.end += m[0].length;
      continue;
    }
    m = t.currencyAfter.exec(rest);
    if (m && m[1] && !n.currency && !n.percent) {
      n.currency = t.currencyWords[m[1].toLowerCase()] ?? CURRENCY_SYMBOLS[m[1].toLowerCase()];
      n.end += m[0].length;
      continue;
    }
    return;
  }
}

/** Reads a written number, a vague plural ("thousands of") and what follows it. */
function readWords(s: string, start: number, raw: string, t: NumberTables): ParsedNumber | undefined {
  const end = start + raw.length;
  const lower = raw.toLowerCase();
  const vague = t.vague[lower];
  if (vague !== undefined) return { start, end, value: vague, vague: true, words: true, scale: 1 };
  const value = t.parseWords(lower);
  if (value === undefined || (value === 1 && !/\s/.test(lower))) return undefined;
  const n: ParsedNumber = { start, end, value, words: true, scale: 1 };
  const sign = signBefore(s, start, t);
  if (sign) {
    n.start = sign.start;
    if (sign.negative) n.value = -n.value;
  }
  readSuffixes(s, n, t);
  return n;
}

/**
 * Reads the number whose core matched at [start, end): rejects numbers that are parts of names
 * ("G20", "COVID-19", "Boeing 737"), years, times and ordinals; reads glued suffixes and currency.
 */
function readNumber(
  s: string,
  start: number,
  raw: string,
  t: NumberTables,
  u: UnitTables,
): ParsedNumber | undefined {
  if (!/^[\d.]/.test(raw)) return readWords(s, start, raw, t);
  const end = start + raw.length;
  const before = s[start - 1] ?? ' ';
  if (GLUED_BEFORE.test(before)) return undefined;
  if (before === '-' || before === '‑' || before === '\u2013') {
    if (t.datePrefix.test(s.slice(Math.max(0, start - 6), start))) return undefined;
    if (LETTER.test(s[start - 2] ?? '')) return undefined; // COVID-19, F-35
  }
  const after = s.slice(end, end + 8);
  if (t.continues.test(after)) return undefined; // times, dates, versions
  if (t.clock.test(after)) return undefined;
  if (t.ordinal?.test(after)) return undefined;
  if (t.dayOf?.test(s.slice(end, end + 16))) return undefined; // "12 de enero" is a date
  const n: ParsedNumber = { start, end, value: t.parseNumeral(raw), scale: 1 };
  const glued = /^[A-Za-z]+/.exec(after)?.[0];
  const currency = currencyBefore(s, start);
  if (glued) {
    const lower = glued.toLowerCase();
    if (/^(?:st|nd|rd|th)$/.test(lower) || (lower === 's' && /^\d{4}$/.test(raw))) return undefined;
    // "m" is a million with money either side ("$5m", "5m euros"); else metres or a million (see below).
    const money = () => currency !== undefined || t.currencyAfter.test(s.slice(end + glued.length, end + 40));
    if (t.gluedScales.has(lower) && (lower !== 'm' || money())) {
      n.scale = t.scales[lower] ?? 1;
      n.value *= n.scale;
    } else if (GLUED_UNITS[lower] || lower === 'm') {
      n.glued = GLUED_UNITS[lower] ?? 'm';
    } else {
      return undefined; // 4G, 3D, 737MAX, 1er
    }
    n.end += glued.length;
  }
  if (currency) {
    n.currency = currency.code;
    n.start = currency.start;
  }
  // A glued unit of measure is the whole unit ("1,500ft long" → "ft"); "m" may be a million, "sq" leads one.
  if (n.glued && n.glued !== 'm' && n.glued !== 'sq') {
    const tail = measureTail(s, n.end, u);
    n.glued += tail.text;
    n.end = tail.end;
    n.measure = true;
  }
  const temperature = glued ? undefined : temperatureAfter(after);
  if (temperature) {
    n.glued = temperature.unit;
    n.end += temperature.length;
    n.closedUnit = true;
  }
  const sign = signBefore(s, n.start, t);
  if (sign) {
    n.start = sign.start;
    if (sign.negative) n.value = -n.value;
  }
  readSuffixes(s, n, t);
  const plain = /^\d+$/.test(raw) && !n.glued && !currency && !n.percent && n.scale === 1;
  // The rest asks about a bare number alone (the words before it are read only then).
  if (!plain) return n;
  // "Boeing 737", "Formula 1", "Article 5": a capitalized word, not a hedge or preposition, before a bare number.
  const prevWord = WORD_BEFORE.exec(s.slice(Math.max(0, start - 30), start))?.[1];
  const prevPlain = PLAIN_WORD_BEFORE.exec(s.slice(Math.max(0, start - 30), start))?.[1];
  if (t.capitalOk && prevPlain && CAPITAL.test(prevPlain) && !/['’]s$/.test(prevPlain)) {
    if (!t.capitalOk.has(prevPlain.toLowerCase()) && !t.monthBefore?.test(prevPlain)) return undefined;
  }
  if (t.nameBefore && prevWord && t.nameBefore.test(prevWord)) return undefined;
  if (t.monthBefore?.test(prevPlain ?? '')) return undefined; // "January 12" is a date
  if (isYearLike(raw)) {
    const next = NEXT_WORD.exec(s.slice(n.end, n.end + 30))?.[1] ?? '';
    if (!t.countNoun.test(next) || t.yearPrepositions.has((prevPlain ?? '').toLowerCase())) return undefined;
  }
  return n;
}

/** Reads a second number after a range separator: "10 to 20 percent", "between 10 and 20". */
function readRangeTail(
  s: string,
  first: ParsedNumber,
  between: boolean,
  t: NumberTables,
  u: UnitTables,
): ParsedNumber | undefined {
  const sep = (between ? t.rangeAnd : t.rangeTo).exec(s.slice(first.end, first.end + 8));
  if (!sep) return undefined;
  const at = first.end + sep[0].length;
  const core = patterns(t).tail.exec(s.slice(at, at + 30));
  if (!core || core[1] === undefined) return undefined;
  const numStart = at + core[0].length - core[1].length;
  const tail = readNumber(s, numStart, core[1], t, u);
  if (!tail || (first.percent && !tail.percent)) return undefined;
  // "rose 0.5 percentage points to 3.2%": a change and the rate it reached, two figures, not a range.
  if (first.percent && tail.glued !== first.glued) return undefined;
  return tail;
}

/**
 * Whether the phrase read after a number names what is counted ("300-1200 calls", "police officers"):
 * a word of it is a noun counted in the language (`countNoun`), or it is a span of time. Other words
 * count nothing: "call 555-1234 anytime" is a telephone number, "the 400m race" a length.
 */
function countsNoun(phrase: UnitRead, t: NumberTables): boolean {
  return phrase.time || phrase.unit.split(' ').some((word) => t.countNoun.test(word));
}

/**
 * Whether a glued "m" without money is metres, a whole unit, before the phrase `noun`: always where the
 * language writes no million that way, else unless a noun is counted: "the 400m race", "a 100m sprint",
 * but "5m people" stays what it was (a million, or metres, as the reader takes it).
 */
function gluedMetres(noun: UnitRead, lang: LanguagePack): boolean {
  return !lang.numbers.gluedScales.has('m') || !countsNoun(noun, lang.numbers);
}

/** Finds figures in one sentence: counts with units, money, percentages, ranges, with their hedges. */
export function findQuantities(sentence: SentenceRef, lang: LanguagePack = ENGLISH): Candidate[] {
  const t = lang.numbers;
  const s = sentence.text;
  const out: Candidate[] = [];
  const core = t.core;
  core.lastIndex = 0;
  let minStart = 0;
  for (let m = core.exec(s); m; m = core.exec(s)) {
    if (m.index < minStart) continue;
    let phoneEnd = phoneNumberEnd(s, m.index, m[0]);
    if (phoneEnd < 0 && t.telephoneBefore) {
      phoneEnd = localPhoneEnd(s, m.index, m[0], t.telephoneBefore);
      if (phoneEnd > 0) {
        const after = readUnit(s, phoneEnd, lang.units);
        if (after && countsNoun(after, t)) phoneEnd = -1; // "300-1200 calls" is a range
      }
    }
    if (phoneEnd > 0) {
      minStart = core.lastIndex = phoneEnd;
      continue;
    }
    const n = readNumber(s, m.index, m[0], t, lang.units);
    if (!n) continue;
    let start = n.start;
    const before = s.slice(Math.max(0, start - 30), start);
    const between = t.betweenBefore.exec(before);
    const tail = readRangeTail(s, n, between !== null, t, lang.units);
    let end = tail ? tail.end : n.end;
    const values: ClaimValues = { number: n.value };
    if (tail) {
      // "10 to 20 million": the scale written once applies to both ends.
      if (tail.scale > 1 && n.scale === 1 && !n.words) values.number = n.value * tail.scale;
      values.numberMax = tail.value;
      if (tail.percent) n.percent = true;
      if (tail.currency && !n.currency) n.currency = tail.currency;
      if (tail.glued && !n.glued) n.glued = tail.glued;
      if (tail.closedUnit) n.closedUnit = true;
      if (tail.measure) n.measure = true;
      const opener = between ?? t.fromBefore.exec(before);
      if (opener) start -= opener[0].length;
    }
    const hedge = patterns(t).hedge.exec(s.slice(Math.max(0, start - 20), start));
    if (hedge && hedge[1]) {
      const word = hedge[1].toLowerCase();
      const meaning = t.hedges.find(([h]) => h === word)?.[1];
      values.hedge = word;
      if (meaning === 'approximate') values.approximate = true;
      if (meaning === 'lower' || meaning === 'upper') values.bound = meaning;
      if (meaning === 'additional') values.additional = true;
      const pre = s.slice(Math.max(0, start - 20), start);
      start = start - pre.length + pre.lastIndexOf(hedge[1]);
    }
    if (n.vague) {
      values.approximate = true;
      values.hedge = values.hedge ?? s.slice(n.start, n.end).toLowerCase();
      values.bound = 'lower';
    }
    let unit: string | undefined;
    if (n.currency) unit = n.currency;
    else if (n.percent) unit = n.glued;
    else if (n.glued) unit = n.glued;
    if (!n.currency && !n.percent && !n.closedUnit) {
      const noun = readUnit(s, end, lang.units, !!n.vague, n.measure === true);
      if (noun && !(n.glued === 'm' && gluedMetres(noun, lang))) {
        if (unit === undefined) unit = noun.unit;
        else unit = `${unit} ${noun.unit}`;
        end = noun.end;
      }
    }
    const measure = t.measureBefore.exec(s.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase();
    if (measure && !lang.units.stopWords.has(measure)) values.measure = measure;
    if (n.currency) values.currency = n.currency;
    if (unit) values.unit = unit;
    if (!unit && (n.words || Math.abs(n.value) < 10)) continue;
    const whole = t.whole.exec(s.slice(end, end + 40));
    if (whole && whole[1] && !n.percent) values.whole = t.parseNumeral(whole[1]);
    if (n.percent && t.shareOf.test(s.slice(end, end + 5))) values.share = true;
    out.push({
      start: sentence.start + start,
      end: sentence.start + end,
      kind: 'quantity',
      values,
      prior: quantityPrior(n, unit, values),
    });
    minStart = end;
    core.lastIndex = end;
  }
  return out;
}

/** How check-worthy a figure is on its own: money and shares more than small counts. */
function quantityPrior(n: ParsedNumber, unit: string | undefined, values: ClaimValues): number {
  if (n.currency || n.percent) return 0.85;
  if (!unit) return 0.45;
  if (n.words && n.value < 10 && !n.vague) return 0.4;
  return values.number !== undefined && Math.abs(values.number) >= 100 ? 0.8 : 0.7;
}
