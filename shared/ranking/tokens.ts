/** A sentence as the ranker reads it: word tokens, numbers folded to shapes. */
export interface Tokens {
  /** Lower-cased words; numbers as `<year>`, `<num>`, `<bignum>`; `$ € £ ¥` as `<money>`; `%` as `<pct>`. */
  readonly words: string[];
  /** 1 where the original word starts with a capital letter and is not the sentence's first word nor I. */
  readonly capitalized: Uint8Array;
}

const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const YEAR = /^(?:1[89]|20)\d\d$/;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** A letter starts a word; letters, marks and apostrophes continue one. Non-ASCII asks Unicode. */
function startsWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isAsciiLetter(c) || (c >= 0xaa && LETTER.test(String.fromCodePoint(text.codePointAt(i) as number)));
}
function continuesWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isAsciiLetter(c) || c === 39 || c === 0x2019) return true;
  return c >= 0xaa && LETTER_OR_MARK.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/** The shape of a number: a year, a large number (four digits or more), or any other number. */
function numberShape(text: string): string {
  if (text.length === 4 && YEAR.test(text)) return '<year>';
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || (c === 44 && text.length - i <= 3)) break; // a decimal part ends the whole number
    if (isDigit(c)) digits++;
  }
  return digits >= 4 ? '<bignum>' : '<num>';
}

/**
 * The text lower-cased at once, when each word's lower case is the same stretch of it: no character
 * changes length (only İ does) and none depends on its neighbours (only Σ, final or not, does).
 * Undefined otherwise. One call a text instead of one a word.
 */
export function alignedLowerCase(text: string): string | undefined {
  const lowered = text.toLowerCase();
  return lowered.length === text.length && !text.includes('Σ') ? lowered : undefined;
}

/** Splits a sentence into the ranker's tokens. */
export function tokenize(sentence: string): Tokens {
  const words: string[] = [];
  const capitals: number[] = [];
  const n = sentence.length;
  const lowered = alignedLowerCase(sentence);
  const curlyApostrophes = sentence.includes('’');
  let i = 0;
  while (i < n) {
    const c = sentence.charCodeAt(i);
    if (isDigit(c)) {
      // Digits with inner separators: 1,200,000 or 3.5 (a trailing stop or comma is not part of it).
      let end = i + 1;
      while (end < n) {
        const d = sentence.charCodeAt(end);
        if (isDigit(d)) end++;
        else if ((d === 44 || d === 46) && end + 1 < n && isDigit(sentence.charCodeAt(end + 1))) end += 2;
        else break;
      }
      words.push(numberShape(sentence.slice(i, end)));
      i = end;
    } else if (c === 37) {
      words.push('<pct>');
      i++;
    } else if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) {
      words.push('<money>');
      i++;
    } else if (startsWord(sentence, i)) {
      let end = i + (isHighSurrogate(c) ? 2 : 1);
      while (end < n && continuesWord(sentence, end))
        end += isHighSurrogate(sentence.charCodeAt(end)) ? 2 : 1;
      const lower = lowered === undefined ? sentence.slice(i, end).toLowerCase() : lowered.slice(i, end);
      const word = curlyApostrophes && lower.includes('’') ? lower.replace(/’/g, "'") : lower;
      // A capital first letter (the lower-cased form differs there), not on the first word, not "I".
      if (words.length > 0 && lower.charCodeAt(0) !== c && word !== 'i' && !word.startsWith("i'"))
        capitals.push(words.length);
      words.push(word);
      i = end;
    } else i++;
  }
  const capitalized = new Uint8Array(words.length);
  for (const k of capitals) capitalized[k] = 1;
  return { words, capitalized };
}
