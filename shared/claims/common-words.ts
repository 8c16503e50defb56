/**
 * A cheap count of the common words ("the", "de", "und", …) of each language with finder tables in
 * the first part of a paragraph: which language it most likely is, and whether that is clear enough
 * to skip asking eld (most of a small draft's language detection otherwise).
 */
import { LANGUAGE_PACKS } from './languages/packs';

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

/** Each common word and the languages (in table order) it is common in: one look-up per word read. */
const COMMON_WORDS = new Map<string, string[]>();
for (const pack of LANGUAGE_PACKS) {
  for (const word of pack.functionWords) {
    const codes = COMMON_WORDS.get(word);
    if (codes) codes.push(pack.code);
    else COMMON_WORDS.set(word, [pack.code]);
  }
}

/** What the count found in one paragraph. */
export interface CommonWords {
  /** The language whose common words it uses most (the first in table order on a tie), if any. */
  best?: string;
  /** How many of its words read are common words of `code`. */
  of(code: string): number;
  /** `best` when the paragraph is surely in it (see SURE_*), else undefined. */
  sure?: string;
}

/** Counts the common words of each language with tables in the first part of a paragraph. */
export function countCommonWords(text: string): CommonWords {
  const counts = new Map<string, number>();
  let words = 0;
  for (const m of text.slice(0, GATE_CHARS).matchAll(/\p{L}+/gu)) {
    words++;
    const codes = COMMON_WORDS.get(m[0].toLowerCase());
    if (codes) for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | undefined;
  let top = 0;
  let second = 0;
  for (const [code, n] of counts) {
    if (n > top) {
      second = top;
      best = code;
      top = n;
    } else if (n > second) second = n;
  }
  const sure =
    top >= SURE_MIN_WORDS && top >= SURE_SHARE * words && top >= SURE_LEAD * second ? best : undefined;
  return { best, sure, of: (code) => counts.get(code) ?? 0 };
}
