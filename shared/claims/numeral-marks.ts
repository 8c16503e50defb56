/** Marks written around a numeral, in every language: a sign before it, a degree sign after it. */

// Constants: the Node bundles turn a `\p{…}` literal into `new RegExp` where it stands.
/** A letter or digit: a hyphen after one joins words or numbers ("COVID-19", "10-20"), it is no sign. */
const JOINED = /[\p{L}\p{N}]/u;
/** The word (or numeral) that ends `text`, after any spaces. */
const LAST_WORD = /([\p{L}\p{N}]+)\s*$/u;

/** Signs written right before a figure: a hyphen-minus, an en dash or U+2212 typed as a minus, a plus. */
const SIGNS: Readonly<Record<string, number>> = { '-': -1, '\u2013': -1, '\u2212': -1, '+': 1 };

/** What tells a figure's sign in a language: a minus written as a word, and which words are numbers. */
export interface SignWords {
  /** "minus" written right before the figure, in lower-case ASCII letters (matched in any case). */
  minusWord?: string;
  /** Reads a written-out number; a sign after one is a joint or a subtraction ("ten – 5", "ten minus 5"). */
  parseWords(phrase: string): number | undefined;
}

/** A sign or "minus" right after a number reads as a range or a subtraction, not a sign. */
function afterNumber(s: string, at: number, words: SignWords): boolean {
  const last = LAST_WORD.exec(s.slice(Math.max(0, at - 24), at))?.[1];
  if (!last) return false;
  return /\d/.test(last) || words.parseWords(last) !== undefined;
}

/**
 * The sign written before the figure (numeral or currency sign) at `at`: where it starts and whether it
 * is negative; undefined if it has none. A sign is a hyphen-minus, en dash, U+2212 or plus right before
 * the figure with no letter or digit right before it ("10-20", "pages 5–7", "COVID-19" are joints), or
 * the language's "minus" word; neither counts after a number ("10 –20", "ten minus 5").
 */
export function signBefore(
  s: string,
  at: number,
  words: SignWords,
): { start: number; negative: boolean } | undefined {
  const sign = SIGNS[s[at - 1] ?? ''];
  if (sign !== undefined) {
    if (JOINED.test(s[at - 2] ?? ' ') || afterNumber(s, at - 1, words)) return undefined;
    return { start: at - 1, negative: sign < 0 };
  }
  if (!words.minusWord) return undefined;
  const start = wordBefore(s, at, words.minusWord);
  return start < 0 || afterNumber(s, start, words) ? undefined : { start, negative: true };
}

/** Spaces between a word and a figure: normal, tab, no-break and narrow no-break. */
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x202f;

/**
 * Where `word` (lower-case ASCII) starts when it stands, as a whole word in any case, right before the
 * spaces before `at`; -1 if it does not. Read character by character: it is asked of most figures.
 */
function wordBefore(s: string, at: number, word: string): number {
  let i = at;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  const start = i - word.length;
  if (i === at || start < 0) return -1;
  for (let k = 0; k < word.length; k++) {
    if ((s.charCodeAt(start + k) | 0x20) !== word.charCodeAt(k)) return -1;
  }
  return start > 0 && JOINED.test(s[start - 1] as string) ? -1 : start;
}

/** A temperature's unit after a numeral: "°C", "° F", "ºC" (the ordinal sign typed for the degree), "℃". */
const TEMPERATURE = /^[ \u00a0\u202f]?(?:[°º] ?([CF])|([℃℉]))(?![\p{L}\d])/u;

/** Reads a temperature's unit at the start of `after`: the unit ("°C") and how long it is written. */
export function temperatureAfter(after: string): { unit: string; length: number } | undefined {
  const m = TEMPERATURE.exec(after);
  if (!m) return undefined;
  const scale = m[1] ?? (m[2] === '℃' ? 'C' : 'F');
  return { unit: `°${scale}`, length: m[0].length };
}
