/**
 * A cheap count of the common words ("the", "de", "und", …) of each language with finder tables in
 * the first part of a paragraph: which language it most likely is, and whether that is clear enough
 * to skip asking eld (most of a small draft's language detection otherwise).
 */
import { LANGUAGE_PACKS } from './languages/packs';
import { alignedLowerCase } from '../ranking/tokens';

/** How much of a paragraph the count reads. */
const GATE_CHARS = 400;
/**
 * A paragraph is surely in a language with tables when its common words are at least this many, this
 * share of all its words read, and this many times those of any other language. Prose in such a
 * language passes easily (English news: a quarter to a half of its words); a language without tables
 * that shares some short words (Italian, Dutch, Catalan) falls well short, and so does a paragraph in
 * two languages. Measured on the repository's samples: shared/claims/common-words.test.ts.
 */
const SURE_MIN_WORDS = 6;
const SURE_SHARE = 0.2;
const SURE_LEAD = 3;

/** The codes of the languages with tables, in table order. */
const CODES = LANGUAGE_PACKS.map((pack) => pack.code);
/** Each common word and the languages (their places in CODES) it is common in: one look-up per word. */
const COMMON_WORDS = new Map<string, number[]>();
LANGUAGE_PACKS.forEach((pack, place) => {
  for (const word of pack.functionWords) {
    const places = COMMON_WORDS.get(word);
    if (places) places.push(place);
    else COMMON_WORDS.set(word, [place]);
  }
});
/** No longer word is looked up (nor lower-cased). */
const LONGEST = Math.max(...[...COMMON_WORDS.keys()].map((word) => word.length));
const LETTER = /\p{L}/u;

/**
 * How many UTF-16 units the letter (\p{L}) at `i` takes, 1 or 2; 0 when there is none before `end` (a
 * letter cut in two by `end` is none, as in the text sliced there).
 */
function letterAt(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  const point = text.codePointAt(i) as number;
  const units = point > 0xffff ? 2 : 1;
  return i + units <= end && LETTER.test(String.fromCodePoint(point)) ? units : 0;
}

/**
 * Whether text[start, end) holds at least `count` letters (\p{L}, as /(?:\P{L}*\p{L}){count}/u counts
 * them), read by hand: the regex took a tenth of a small draft's language detection.
 */
export function hasLetters(text: string, start: number, end: number, count: number): boolean {
  let letters = 0;
  for (let i = start; i < end;) {
    const units = letterAt(text, i, end);
    if (units === 0) i++;
    else if (++letters >= count) return true;
    else i += units;
  }
  return count <= 0;
}

/** What the count found in one paragraph. */
export interface CommonWords {
  /** The language whose common words it uses most (the one seen first on a tie), if any. */
  best?: string;
  /** How many of its words read are common words of `code`. */
  of(code: string): number;
  /** `best` when the paragraph is surely in it (see SURE_*), else undefined. */
  sure?: string;
}

/** Counts the common words of each language with tables in the first part of a paragraph. */
export function countCommonWords(text: string): CommonWords {
  const counts = new Array<number>(CODES.length).fill(0);
  // The languages in the order their first common word came: a tie goes to the one seen first.
  const seen: number[] = [];
  let words = 0;
  const end = Math.min(text.length, GATE_CHARS);
  const lowered = alignedLowerCase(text.slice(0, end));
  // Words are runs of letters (as /\p{L}+/gu finds them), read by hand: no match object per word.
  let i = 0;
  while (i < end) {
    let step = letterAt(text, i, end);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    while (step > 0) {
      i += step;
      step = letterAt(text, i, end);
    }
    words++;
    if (i - start > LONGEST) continue;
    const word = lowered === undefined ? text.slice(start, i).toLowerCase() : lowered.slice(start, i);
    const places = COMMON_WORDS.get(word);
    if (!places) continue;
    for (const place of places) if ((counts[place] as number)++ === 0) seen.push(place);
  }
  let best: number | undefined;
  let top = 0;
  let second = 0;
  for (const place of seen) {
    const n = counts[place] as number;
    if (n > top) {
      second = top;
      best = place;
      top = n;
    } else if (n > second) second = n;
  }
  const code = best === undefined ? undefined : CODES[best];
  const sure =
    top >= SURE_MIN_WORDS && top >= SURE_SHARE * words && top >= SURE_LEAD * second ? code : undefined;
  return {
    best: code,
    sure,
    of: (language) => {
      const place = CODES.indexOf(language);
      return place < 0 ? 0 : (counts[place] as number);
    },
  };
}
