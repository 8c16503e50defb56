import type { ClaimValues } from '../domain/claim';
import type { Candidate, SentenceRef } from './types';
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  NUMBER_WORD_SOURCE,
  SCALES,
  VAGUE_PLURALS,
  isYearLike,
  parseNumberWords,
  parseNumeral,
} from './numbers';
import { UNIT_STOP_WORDS, readUnit } from './units';

/** A numeral, a written-out number, or a vague plural ("thousands of"). */
const NUMBER_CORE = new RegExp(
  `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\b(?:tens of thousands|hundreds of thousands|dozens|hundreds|thousands|millions|billions)(?= of\\b)|\\b${NUMBER_WORD_SOURCE}(?:[ -](?:hundred|thousand|million|billion))*\\b`,
  'gi',
);

/** Hedges before a number, longest first, with what they say about the figure. */
const HEDGES: ReadonlyArray<readonly [string, 'approximate' | 'lower' | 'upper' | 'additional' | 'exact']> = [
  ['no fewer than', 'lower'], ['no less than', 'lower'], ['no more than', 'upper'], ['in excess of', 'lower'],
  ['as many as', 'upper'], ['as much as', 'upper'], ['as few as', 'lower'], ['an estimated', 'approximate'],
  ['an additional', 'additional'], ['a further', 'additional'], ['more than', 'lower'], ['fewer than', 'upper'],
  ['less than', 'upper'], ['at least', 'lower'], ['at most', 'upper'], ['upwards of', 'lower'],
  ['just over', 'lower'], ['well over', 'lower'], ['just under', 'upper'], ['well under', 'upper'],
  ['close to', 'approximate'], ['up to', 'upper'], ['approximately', 'approximate'], ['roughly', 'approximate'],
  ['around', 'approximate'], ['about', 'approximate'], ['nearly', 'approximate'], ['almost', 'approximate'],
  ['estimated', 'approximate'], ['some', 'approximate'], ['over', 'lower'], ['under', 'upper'],
  ['above', 'lower'], ['below', 'upper'], ['another', 'additional'], ['exactly', 'exact'], ['precisely', 'exact'],
]; // prettier-ignore

const HEDGE_RE = new RegExp(`(?:^|[^\\p{L}])(${HEDGES.map(([h]) => h).join('|')})\\s+$`, 'iu');

/** Capitalized words that may stand before a count without making it part of a name. */
const CAPITAL_OK = new Set(
  (
    'some about around nearly almost more over in on by at the and but since from until between up with of ' +
    'for to last next another approximately exactly all only just roughly an a as its their his her our ' +
    'while when after before during of some including total than fewer less least most'
  ).split(' '),
);

/** Prefixes that turn a number into a date ("mid-2019"), which the date finder reads. */
const DATE_PREFIX = /(?:mid|early|late|pre|post)-$/i;
/** Suffixes glued to a numeral: scales, units, percent. */
const GLUED_UNITS: Record<string, string> = {
  km: 'km', kg: 'kg', mm: 'mm', cm: 'cm', mph: 'mph', kph: 'km/h', ft: 'ft', lb: 'lb', lbs: 'lb', gw: 'GW',
  mw: 'MW', kw: 'kW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', mg: 'mg', ml: 'ml', sq: 'sq', ha: 'ha', t: 't',
}; // prettier-ignore

/** The thing a figure measures, written before it: "revenue of $1.2 billion", "turnout was 61 percent". */
const MEASURE_BEFORE =
  /(?:^|[^\p{L}])(\p{Ll}{4,})\s+(?:of|was|were|is|are|at|reached|totaled|totalled|stood at|rose to|fell to|hit)\s+$/u;

const PREPOSITIONS = new Set([
  'in',
  'since',
  'by',
  'until',
  'from',
  'of',
  'before',
  'after',
  'during',
  'through',
]);

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
}

/** Reads a currency symbol or code directly before `at` ("$", "US$", "€", "USD "). */
function currencyBefore(s: string, at: number): { start: number; code: string } | undefined {
  const m = /(?:^|[^\p{L}])((?:US|A|C|NZ|HK)?\$|[€£¥₹₽₩₺]|(?:USD|EUR|GBP|JPY|CHF|CNY|RMB|INR|RUB)\s?)$/u.exec(
    s.slice(Math.max(0, at - 5), at),
  );
  if (!m || m[1] === undefined) return undefined;
  const code = CURRENCY_SYMBOLS[m[1].trim().toLowerCase()];
  return code ? { start: at - m[1].length, code } : undefined;
}

/** Reads "million", "bn", "percent", "dollars" after a number; returns the new end and what it found. */
function readSuffixes(s: string, n: ParsedNumber): void {
  for (;;) {
    const rest = s.slice(n.end, n.end + 40);
    let m = /^[ -]?(hundred|thousand|million|billion|trillion|mn|mln|bn|tn|trn|lakh|crore)\b/i.exec(rest);
    if (m && m[1]) {
      const scale = SCALES[m[1].toLowerCase()] ?? 1;
      n.value *= scale;
      n.scale *= scale;
      n.end += m[0].length;
      continue;
    }
    m = /^\s?(%|percent\b|per cent\b|pc\b|percentage points?\b)/i.exec(rest);
    if (m && m[1] && !n.percent) {
      n.percent = true;
      n.glued = /points?$/i.test(m[1]) ? 'percentage points' : 'percent';
      n.end += m[0].length;
      continue;
    }
    m =
      /^ (pounds sterling|dollars?|euros?|pounds?|yen|yuan|renminbi|rupees?|r[o]?ubles?|francs|pesos|USD|EUR|GBP)\b/i.exec(
        rest,
      );
    if (m && m[1] && !n.currency && !n.percent) {
      n.currency = CURRENCY_WORDS[m[1].toLowerCase()];
      n.end += m[0].length;
      continue;
    }
    return;
  }
}

/**
 * Reads the number whose core matched at [start, end): rejects numbers that are parts of names
 * ("G20", "COVID-19", "Boeing 737"), years, times and ordinals; reads glued suffixes and currency.
 */
function readNumber(s: string, start: number, raw: string): ParsedNumber | undefined {
  const end = start + raw.length;
  if (!/^[\d.]/.test(raw)) {
    const lower = raw.toLowerCase();
    const vague = VAGUE_PLURALS[lower.split(' ').pop() ?? ''];
    if (lower.endsWith(' of thousands') || lower.startsWith('tens of') || lower.startsWith('hundreds of ')) {
      return {
        start,
        end,
        value: lower.startsWith('tens') ? 20000 : 200000,
        vague: true,
        words: true,
        scale: 1,
      };
    }
    if (vague !== undefined) return { start, end, value: vague, vague: true, words: true, scale: 1 };
    const value = parseNumberWords(lower);
    if (value === undefined || (value === 1 && !/\s/.test(lower))) return undefined;
    const n: ParsedNumber = { start, end, value, words: true, scale: 1 };
    readSuffixes(s, n);
    return n;
  }
  const before = s[start - 1] ?? ' ';
  if (/[\p{L}\d_#@/:.]/u.test(before)) return undefined;
  if (before === '-' || before === '‑') {
    if (DATE_PREFIX.test(s.slice(Math.max(0, start - 6), start))) return undefined;
    if (/\p{L}/u.test(s[start - 2] ?? '')) return undefined; // COVID-19, F-35
  }
  const after = s.slice(end, end + 8);
  if (/^[:/]\d/.test(after) || /^\.\d/.test(after)) return undefined; // times, dates, versions
  if (/^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC)/i.test(after)) return undefined;
  const n: ParsedNumber = { start, end, value: parseNumeral(raw), scale: 1 };
  const glued = /^[A-Za-z]+/.exec(after)?.[0];
  const currency = currencyBefore(s, start);
  if (glued) {
    const lower = glued.toLowerCase();
    if (/^(?:st|nd|rd|th)$/.test(lower) || (lower === 's' && /^\d{4}$/.test(raw))) return undefined;
    if (['m', 'mn', 'bn', 'b', 'k', 'tn', 'trn', 'mln'].includes(lower) && (currency || lower !== 'm')) {
      n.scale = SCALES[lower] ?? 1;
      n.value *= n.scale;
    } else if (GLUED_UNITS[lower] || lower === 'm') {
      n.glued = GLUED_UNITS[lower] ?? 'm';
    } else {
      return undefined; // 4G, 3D, 737MAX
    }
    n.end += glued.length;
  }
  if (currency) {
    n.currency = currency.code;
    n.start = currency.start;
  }
  readSuffixes(s, n);
  const plain = /^\d+$/.test(raw) && !glued && !currency && !n.percent && n.scale === 1;
  // "Boeing 737", "Formula 1", "Article 5": a capitalized word, not a hedge or preposition, before a bare number.
  const prevWord = /([\p{L}'’]+)\s$/u.exec(s.slice(Math.max(0, start - 30), start))?.[1];
  if (plain && prevWord && /\p{Lu}/u.test(prevWord) && !/['’]s$/.test(prevWord)) {
    if (!CAPITAL_OK.has(prevWord.toLowerCase()) && !MONTH_LIKE.test(prevWord)) return undefined;
  }
  if (plain && MONTH_LIKE.test(prevWord ?? '')) return undefined; // "January 12" is a date
  if (plain && isYearLike(raw)) {
    const next = /^\s+([\p{L}]+)/u.exec(s.slice(n.end, n.end + 30))?.[1] ?? '';
    const countNoun =
      /^(?:people|men|women|children|staff|workers|soldiers|troops|residents|\p{Ll}+s)$/u.test(next);
    if (!countNoun || PREPOSITIONS.has((prevWord ?? '').toLowerCase())) return undefined;
  }
  return n;
}

const MONTH_LIKE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;

/** Reads a second number after a range separator: "10 to 20 percent", "between 10 and 20". */
function readRangeTail(s: string, first: ParsedNumber, between: boolean): ParsedNumber | undefined {
  const sep = (between ? /^\s*(?:and)\s+/ : /^\s*(?:-|–|—|to)\s*/).exec(s.slice(first.end, first.end + 8));
  if (!sep) return undefined;
  const at = first.end + sep[0].length;
  const core = /^(?:[$€£¥])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/.exec(s.slice(at, at + 30));
  if (!core || core[1] === undefined) return undefined;
  const numStart = at + core[0].length - core[1].length;
  const tail = readNumber(s, numStart, core[1]);
  if (!tail || (first.percent && !tail.percent)) return undefined;
  return tail;
}

/** Finds figures in one sentence: counts with units, money, percentages, ranges, with their hedges. */
export function findQuantities(sentence: SentenceRef): Candidate[] {
  const s = sentence.text;
  const out: Candidate[] = [];
  NUMBER_CORE.lastIndex = 0;
  let minStart = 0;
  for (let m = NUMBER_CORE.exec(s); m; m = NUMBER_CORE.exec(s)) {
    if (m.index < minStart) continue;
    const n = readNumber(s, m.index, m[0]);
    if (!n) continue;
    let start = n.start;
    const before = s.slice(Math.max(0, start - 30), start);
    const between = /\bbetween\s+$/i.test(before);
    const tail = readRangeTail(s, n, between);
    let end = tail ? tail.end : n.end;
    const values: ClaimValues = { number: n.value };
    if (tail) {
      // "10 to 20 million": the scale written once applies to both ends.
      if (tail.scale > 1 && n.scale === 1 && !n.words) values.number = n.value * tail.scale;
      values.numberMax = tail.value;
      if (tail.percent) n.percent = true;
      if (tail.currency && !n.currency) n.currency = tail.currency;
      if (tail.glued && !n.glued) n.glued = tail.glued;
      if (between || /\bfrom\s+$/i.test(before))
        start -= /(?:between|from)\s+$/i.exec(before)?.[0].length ?? 0;
    }
    const hedge = HEDGE_RE.exec(s.slice(Math.max(0, start - 20), start));
    if (hedge && hedge[1]) {
      const word = hedge[1].toLowerCase();
      const meaning = HEDGES.find(([h]) => h === word)?.[1];
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
    if (!n.currency && !n.percent) {
      const noun = readUnit(s, end, !!n.vague);
      if (noun) {
        if (unit === undefined) unit = noun.unit;
        else unit = `${unit} ${noun.unit}`;
        end = noun.end;
      }
    }
    const measure = MEASURE_BEFORE.exec(s.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase();
    if (measure && !UNIT_STOP_WORDS.has(measure)) values.measure = measure;
    if (n.currency) values.currency = n.currency;
    if (unit) values.unit = unit;
    if (!unit && (n.words || n.value < 10)) continue;
    const whole =
      /^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+|a total of\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\s*(?:%|percent))/i.exec(
        s.slice(end, end + 40),
      );
    if (whole && whole[1] && !n.percent) values.whole = parseNumeral(whole[1]);
    if (n.percent && /^\s+of\s/i.test(s.slice(end, end + 5))) values.share = true;
    out.push({
      start: sentence.start + start,
      end: sentence.start + end,
      kind: 'quantity',
      values,
      prior: quantityPrior(n, unit, values),
    });
    minStart = end;
    NUMBER_CORE.lastIndex = end;
  }
  return out;
}

/** How check-worthy a figure is on its own: money and shares more than small counts. */
function quantityPrior(n: ParsedNumber, unit: string | undefined, values: ClaimValues): number {
  if (n.currency || n.percent) return 0.85;
  if (!unit) return 0.45;
  if (n.words && n.value < 10 && !n.vague) return 0.4;
  return values.number !== undefined && values.number >= 100 ? 0.8 : 0.7;
}

export { UNIT_STOP_WORDS };
