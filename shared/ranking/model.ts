import type { Calibration } from './calibration';
import { calibrated } from './calibration';
import { ENGLISH_CUES } from './english-cues';
import type { SparseVector } from './features';
import { englishDimension, englishLinear, universalVector } from './features';
import { linear } from './logistic';
import { UNIVERSAL_CUES } from './universal-cues';

/** One logistic model of the ranker, as stored: bias, weights and its Platt calibration. */
export interface StoredHead {
  readonly bias: number;
  /** `[index, weight]` pairs; weights that round to zero (or were pruned) are left out. */
  readonly weights: ReadonlyArray<readonly [number, number]>;
  readonly calibration: Calibration;
}

/** Where the training data came from, for the record and for the licences list (About Factdesk). */
export interface TrainingRecord {
  /** The dataset's title and authors, as the licences list names it. */
  readonly dataset: string;
  /** Where it is published (a DOI link). */
  readonly source: string;
  /** Which part of it the model learnt from. */
  readonly split: string;
  readonly sentences: number;
  /** SPDX id of the licence relied on. */
  readonly licence: string;
  /** The credit the licence asks for, in one paragraph. */
  readonly attribution: string;
}

/** The check-worthiness model as stored in `resources/ranker.json` (written by `npm run train:ranker`). */
export interface RankerModel {
  readonly format: 'factdesk-ranker';
  readonly version: 2;
  /** n-grams are hashed into 2^bits buckets. */
  readonly bits: number;
  /** Names of the cues after the hashed buckets, in order: universal, then English. */
  readonly universalCues: readonly string[];
  readonly englishCues: readonly string[];
  /** n-grams and every cue: for English sentences. */
  readonly english: StoredHead;
  /** The universal cues alone: for sentences in any other language. */
  readonly universal: StoredHead;
  /** The calibrated probability at and above which a sentence is shown as worth checking. */
  readonly threshold: number;
  readonly trainedOn: TrainingRecord;
  /** Development figures at training time (docs/claim-finding.md explains them). */
  readonly development: Readonly<Record<string, number>>;
}

/** A head ready to score: weights expanded into a dense array. */
export interface LoadedHead {
  readonly bias: number;
  readonly weights: Float64Array;
  readonly calibration: Calibration;
}

/** A model ready to score. */
export interface LoadedRanker {
  readonly bits: number;
  readonly english: LoadedHead;
  readonly universal: LoadedHead;
  readonly threshold: number;
}

function loadHead(head: StoredHead, dimension: number): LoadedHead {
  const weights = new Float64Array(dimension);
  for (const [index, weight] of head.weights) {
    if (!Number.isInteger(index) || index < 0 || index >= dimension) {
      throw new Error('The bundled ranker model does not match this version of Factdesk.');
    }
    weights[index] = weight;
  }
  return { bias: head.bias, weights, calibration: head.calibration };
}

const sameNames = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((name, i) => name === b[i]);

/** Expands a stored model; throws if the file is not a ranker this code can read. */
export function loadRanker(model: RankerModel): LoadedRanker {
  if (
    model.format !== 'factdesk-ranker' ||
    model.version !== 2 ||
    !sameNames(model.universalCues, UNIVERSAL_CUES) ||
    !sameNames(model.englishCues, ENGLISH_CUES)
  ) {
    throw new Error('The bundled ranker model does not match this version of Factdesk.');
  }
  return {
    bits: model.bits,
    english: loadHead(model.english, englishDimension(model.bits)),
    universal: loadHead(model.universal, UNIVERSAL_CUES.length),
    threshold: model.threshold,
  };
}

/** The raw (uncalibrated) score of a feature vector under one head. */
export function rawScore(head: LoadedHead, x: SparseVector): number {
  return linear(head.weights, head.bias, x);
}

/** How to score a sentence. */
export interface ScoreOptions {
  /**
   * The sentence's language as a BCP 47 tag ("en", "en-GB", "de", …). English (the default) is scored
   * on word n-grams and every cue; any other language on the language-independent cues alone (digits,
   * symbols, capitals, punctuation, length), so English word lists never judge another language.
   */
  readonly language?: string;
}

/** Whether a language tag means English (no tag counts as English). */
export function isEnglish(language: string | undefined): boolean {
  return language === undefined || /^en(?:-|$)/i.test(language);
}

/**
 * The check-worthiness of one sentence: a calibrated probability in [0, 1] that a person would label it
 * a check-worthy factual claim.
 */
export function scoreSentence(ranker: LoadedRanker, sentence: string, options: ScoreOptions = {}): number {
  if (isEnglish(options.language)) {
    const head = ranker.english;
    return calibrated(head.calibration, englishLinear(head.weights, head.bias, sentence, ranker.bits));
  }
  const head = ranker.universal;
  return calibrated(head.calibration, rawScore(head, universalVector(sentence)));
}

/** Packs trained weights for storage: rounded to `digits` decimals, those under `prune` dropped. */
export function packWeights(weights: ArrayLike<number>, digits = 4, prune = 0): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const scale = 10 ** digits;
  for (let i = 0; i < weights.length; i++) {
    const w = Math.round((weights[i] as number) * scale) / scale;
    if (w !== 0 && Math.abs(w) >= prune) out.push([i, w]);
  }
  return out;
}
