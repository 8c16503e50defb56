/**
 * The three counts the universal cues take from a sentence, in one pass over its characters with no
 * array of matches: what `/\d+/g`, `/[\p{L}\p{N}]+/gu` and `/(?<=[\p{L}\p{N},;]\s+)\p{Lu}/gu` would
 * find (sentence-counts.test.ts compares them on every sample sentence and on awkward text).
 */

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;

export interface SentenceCounts {
  /** Runs of ASCII digits. */
  readonly digitRuns: number;
  /** Runs of letters and numbers (any script). */
  readonly words: number;
  /** Capital letters that follow a letter, number, comma or semicolon and then white space. */
  readonly capitals: number;
}

const isAsciiLetterOrDigit = (c: number): boolean =>
  (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

export function countSentence(sentence: string): SentenceCounts {
  let digitRuns = 0;
  let words = 0;
  let capitals = 0;
  let inDigits = false;
  let inWord = false;
  let inSpace = false;
  /** Whether the last character that is not white space is a letter, number, comma or semicolon. */
  let afterWordy = false;
  for (let i = 0; i < sentence.length;) {
    const c = sentence.charCodeAt(i);
    let units = 1;
    let wordy: boolean;
    let space: boolean;
    let upper: boolean;
    if (c < 0x80) {
      wordy = isAsciiLetterOrDigit(c);
      space = c === 32 || (c >= 9 && c <= 13);
      upper = c >= 65 && c <= 90;
    } else {
      const point = sentence.codePointAt(i) as number;
      if (point > 0xffff) units = 2;
      const char = String.fromCodePoint(point);
      wordy = LETTER_OR_NUMBER.test(char);
      space = !wordy && SPACE.test(char);
      upper = wordy && UPPER.test(char);
    }
    const digit = c >= 48 && c <= 57;
    if (digit && !inDigits) digitRuns++;
    inDigits = digit;
    if (wordy && !inWord) words++;
    inWord = wordy;
    if (upper && inSpace && afterWordy) capitals++;
    if (space) inSpace = true;
    else {
      inSpace = false;
      afterWordy = wordy || c === 44 || c === 59;
    }
    i += units;
  }
  return { digitRuns, words, capitals };
}
