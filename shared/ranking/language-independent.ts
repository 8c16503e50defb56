/**
 * Scoring sentences the model was not trained for. The model learned English words; for any other
 * language only its language-independent features count: digits, percent and currency marks, years and
 * quotation marks. Its word weights are left out rather than applied to words they never saw.
 */
import type { LoadedRanker } from './model';
import type { SparseVector } from './features';
import { DENSE_FEATURES } from './features';
import { scoreSentence, scoreVector } from './model';

/** The languages the bundled model was trained on. */
export const MODEL_LANGUAGES: ReadonlySet<string> = new Set(['en']);

/** The dense features that read no words, and how each is measured without words. */
function independentFeatures(sentence: string): Array<[(typeof DENSE_FEATURES)[number], number]> {
  const digits = sentence.match(/\d+/g)?.length ?? 0;
  return [
    ['has_digit', digits > 0 ? 1 : 0],
    ['digit_count', Math.min(1, Math.log1p(digits) / 2)],
    ['percent', /%/.test(sentence) ? 1 : 0],
    ['money', /[$€£¥₹₽₩₺]/.test(sentence) ? 1 : 0],
    ['year', /(?<!\d)(?:1[89]|20)\d\d(?!\d)/.test(sentence) ? 1 : 0],
    ['quote', /["“”«»„]/.test(sentence) ? 1 : 0],
  ];
}

/** The feature vector of a sentence with only its language-independent features set. */
export function languageIndependentVector(sentence: string, bits: number): SparseVector {
  const features = independentFeatures(sentence).filter(([, value]) => value !== 0);
  const index = new Int32Array(features.length);
  const value = new Float32Array(features.length);
  features.forEach(([name, v], i) => {
    index[i] = (1 << bits) + DENSE_FEATURES.indexOf(name);
    value[i] = v;
  });
  return { index, value };
}

/**
 * The check-worthiness of one sentence in a given language (BCP 47 primary code): the whole model for
 * the languages it was trained on, its language-independent features alone for the others.
 */
export function scoreSentenceIn(ranker: LoadedRanker, sentence: string, language: string): number {
  if (MODEL_LANGUAGES.has(language)) return scoreSentence(ranker, sentence);
  return scoreVector(ranker, languageIndependentVector(sentence, ranker.bits));
}
