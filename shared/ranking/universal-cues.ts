/**
 * Language-independent cues: they read digits, symbols, punctuation and capitals, never English words,
 * so they mean the same in any language written with these characters. A sentence in another language
 * is scored on these alone (see `scoreSentence`'s `language`).
 */
import { countSentence } from './sentence-counts';

export const UNIVERSAL_CUES = [
  'has_digit', 'digit_runs', 'percent_sign', 'currency_sign', 'year', 'big_number', 'decimal',
  'length', 'very_short', 'long', 'capitals', 'question', 'exclamation', 'quote', 'colon_or_dash',
  'parenthesis',
] as const; // prettier-ignore

/** The universal cues of a sentence, each in [0, 1], in `UNIVERSAL_CUES` order. */
export function universalCues(sentence: string): number[] {
  const { digitRuns, words, capitals } = countSentence(sentence);
  // The year, big-number and decimal patterns need an ASCII digit (\d): not asked without one.
  const digits = digitRuns > 0;
  return [
    digitRuns > 0 ? 1 : 0,
    Math.min(1, Math.log1p(digitRuns) / 2),
    /%|‰/.test(sentence) ? 1 : 0,
    /[$€£¥₹₽₩]/.test(sentence) ? 1 : 0,
    digits && /(?<!\d)(?:1[89]|20)\d\d(?!\d)/.test(sentence) ? 1 : 0,
    digits && /\d{4,}|\d{1,3}(?:[,. ’']\d{3})+(?!\d)/.test(sentence) ? 1 : 0,
    digits && /\d[.,]\d/.test(sentence) ? 1 : 0,
    Math.min(1, words / 40),
    words < 6 ? 1 : 0,
    words > 30 ? 1 : 0,
    Math.min(1, capitals / 4),
    /[?？¿]\s*["”»']?\s*$/.test(sentence) ? 1 : 0,
    /[!！]\s*["”»']?\s*$/.test(sentence) ? 1 : 0,
    /["“”«»„]/.test(sentence) ? 1 : 0,
    /[:;]|\s[-–—]{1,2}\s/.test(sentence) ? 1 : 0,
    /[()]/.test(sentence) ? 1 : 0,
  ];
}
