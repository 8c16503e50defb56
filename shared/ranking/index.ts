import { bundledModel } from './bundled-model';
import type { LoadedRanker, ScoreOptions } from './model';
import { loadRanker, scoreSentence } from './model';

export type { RankerModel, LoadedRanker, ScoreOptions, StoredHead, TrainingRecord } from './model';
export { loadRanker, scoreSentence, isEnglish, packWeights } from './model';
export type { Calibration } from './calibration';
export { calibrated, fitPlatt } from './calibration';
export {
  averagePrecision,
  meanAveragePrecision,
  digitsBaseline,
  digitCountBaseline,
  f1At,
  bestF1Threshold,
  brierScore,
} from './metrics';
export { englishVector, universalVector, englishDimension } from './features';
export { tokenize } from './tokens';
export { ENGLISH_CUES } from './english-cues';
export { UNIVERSAL_CUES } from './universal-cues';
export { trainLogistic, sigmoid, seededRandom } from './logistic';
export { parseClef } from './clef';
export type { ClefLine } from './clef';
export { parseCheckThat } from './checkthat';
export type { LabelledSentence } from './checkthat';
export { foldsById } from './folds';
export { WORTH_CHECKING } from './worth-checking';

let bundled: LoadedRanker | undefined;

/** The bundled model (`resources/ranker.json`), loaded on first use. */
export function bundledRanker(): LoadedRanker {
  bundled ??= loadRanker(bundledModel());
  return bundled;
}

/**
 * Scores sentences for check-worthiness with the bundled model: for each, the calibrated probability
 * that it is a check-worthy factual claim. `options.language` says which language they are in (see
 * `ScoreOptions`): English by default; any other language uses only the language-independent cues.
 */
export function rankSentences(sentences: readonly string[], options: ScoreOptions = {}): number[] {
  const ranker = bundledRanker();
  return sentences.map((s) => scoreSentence(ranker, s, options));
}
