import model from '../../resources/ranker.json';
import type { LoadedRanker, RankerModel } from './model';
import { loadRanker, scoreSentence } from './model';

export type { RankerModel, LoadedRanker } from './model';
export { loadRanker, scoreSentence, scoreVector, packWeights } from './model';
export { averagePrecision, meanAveragePrecision, digitsBaseline, digitCountBaseline } from './metrics';
export { sentenceVector, tokenize, denseFeatures, DENSE_FEATURES } from './features';
export { trainLogistic, sigmoid, seededRandom } from './logistic';
export { parseClef } from './clef';
export { scoreSentenceIn, languageIndependentVector, MODEL_LANGUAGES } from './language-independent';
export type { ClefLine } from './clef';

let bundled: LoadedRanker | undefined;

/** The bundled model (`resources/ranker.json`), loaded on first use. */
export function bundledRanker(): LoadedRanker {
  bundled ??= loadRanker(model as unknown as RankerModel);
  return bundled;
}

/** Scores sentences for check-worthiness: one score in [0, 1] each, higher is more worth checking. */
export function rankSentences(sentences: readonly string[]): number[] {
  const ranker = bundledRanker();
  return sentences.map((s) => scoreSentence(ranker, s));
}
