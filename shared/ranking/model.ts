import type { SparseVector } from './features';
import { DENSE_FEATURES, sentenceVector } from './features';
import { linear, sigmoid } from './logistic';

/** The check-worthiness model as stored in `resources/ranker.json`. */
export interface RankerModel {
  readonly format: 'factdesk-ranker';
  readonly version: 1;
  /** n-grams are hashed into 2^bits buckets. */
  readonly bits: number;
  /** Names of the dense features after the hashed buckets. */
  readonly dense: readonly string[];
  readonly bias: number;
  /**
   * Weights, as `[index, weight]` runs: buckets whose weight rounds to zero are left out, so the file
   * stays small.
   */
  readonly weights: ReadonlyArray<readonly [number, number]>;
  /** How the model was trained and how it scored, for the record. */
  readonly trainedOn?: string;
  readonly crossValidatedMap?: number;
}

/** A model ready to score: weights expanded into a dense array. */
export interface LoadedRanker {
  readonly bits: number;
  readonly bias: number;
  readonly weights: Float64Array;
}

/** Expands a stored model; throws if the file is not a ranker this code can read. */
export function loadRanker(model: RankerModel): LoadedRanker {
  if (
    model.format !== 'factdesk-ranker' ||
    model.version !== 1 ||
    model.dense.length !== DENSE_FEATURES.length
  ) {
    throw new Error('The bundled ranker model does not match this version of Factdesk.');
  }
  const weights = new Float64Array((1 << model.bits) + model.dense.length);
  for (const [index, weight] of model.weights) weights[index] = weight;
  return { bits: model.bits, bias: model.bias, weights };
}

/** The check-worthiness of one sentence vector, in [0, 1]. */
export function scoreVector(ranker: LoadedRanker, x: SparseVector): number {
  return sigmoid(linear(ranker.weights, ranker.bias, x));
}

/** The check-worthiness of one sentence, in [0, 1]. */
export function scoreSentence(ranker: LoadedRanker, sentence: string): number {
  return scoreVector(ranker, sentenceVector(sentence, ranker.bits));
}

/** Packs trained weights for storage, rounding to `digits` decimals and dropping zeros. */
export function packWeights(weights: ArrayLike<number>, digits = 4): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const scale = 10 ** digits;
  for (let i = 0; i < weights.length; i++) {
    const w = Math.round((weights[i] as number) * scale) / scale;
    if (w !== 0) out.push([i, w]);
  }
  return out;
}
