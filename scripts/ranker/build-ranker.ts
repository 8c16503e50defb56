// Trains the shipped check-worthiness model from the repository's data: two logistic heads (English:
// n-grams and every cue; universal: language-independent cues), each calibrated with Platt scaling on
// out-of-fold scores from folds across debates, and the worth-checking threshold chosen on the dev split.
// Deterministic: fixed seeds, data in file order, weights rounded to 4 decimals.
import { calibrated, fitPlatt } from '../../shared/ranking/calibration';
import type { LabelledSentence } from '../../shared/ranking/checkthat';
import { englishDimension, englishVector, universalVector } from '../../shared/ranking/features';
import type { SparseVector } from '../../shared/ranking/features';
import { foldsById } from '../../shared/ranking/folds';
import { linear, trainLogistic } from '../../shared/ranking/logistic';
import type { Example, TrainOptions } from '../../shared/ranking/logistic';
import { averagePrecision, bestF1Threshold, brierScore, f1At } from '../../shared/ranking/metrics';
import { loadRanker, packWeights, scoreSentence } from '../../shared/ranking/model';
import type { RankerModel, StoredHead } from '../../shared/ranking/model';
import { ENGLISH_CUES } from '../../shared/ranking/english-cues';
import { UNIVERSAL_CUES } from '../../shared/ranking/universal-cues';
import type { Corpus } from './corpus';

export interface RankerSettings {
  /** n-grams hashed into 2^bits buckets. */
  readonly bits: number;
  readonly english: TrainOptions;
  readonly universal: TrainOptions;
  /** Cross-validation folds (contiguous runs of debates). */
  readonly folds: number;
  /** English weights smaller than this are left out of the file (feature selection by weight). */
  readonly prune: number;
}

/** The settings of the shipped model (docs/claim-finding.md says how they were chosen). */
export const SHIPPED_SETTINGS: RankerSettings = {
  bits: 18,
  english: { epochs: 6, learningRate: 0.15, l2: 1e-4, positiveWeight: 3, seed: 20240101 },
  universal: { epochs: 6, learningRate: 0.05, l2: 1e-4, positiveWeight: 3, seed: 20240102 },
  folds: 5,
  prune: 0.002,
};

export const TRAINING_RECORD = {
  dataset:
    'ClaimBuster: A Benchmark Dataset of Check-worthy Factual Claims (Fatma Arslan, Naeemul Hassan, Chengkai Li, Mark Tremayne; ICWSM 2020)',
  source: 'https://doi.org/10.5281/zenodo.3609356',
  split:
    'CLEF 2024 CheckThat! lab, task 1, English train split (data/checkworthiness/claimbuster-checkthat2024)',
  licence: 'CC-BY-4.0',
  attribution:
    "Factdesk's check-worthiness model was trained on the ClaimBuster dataset by Fatma Arslan, Naeemul Hassan, " +
    'Chengkai Li and Mark Tremayne (University of Texas at Arlington), https://doi.org/10.5281/zenodo.3609356, ' +
    'licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), using the sentences of the CLEF 2024 ' +
    'CheckThat! lab task 1 English train split. Factdesk ships the weights learnt from the data, not the data ' +
    'itself; the dataset authors do not endorse Factdesk.',
} as const;

export interface Head {
  readonly weights: Float64Array;
  readonly bias: number;
  /** Raw out-of-fold score of every training example. */
  readonly outOfFold: number[];
}

export function trainHead(
  examples: readonly Example[],
  dimension: number,
  options: TrainOptions,
  fold: Int32Array,
  k: number,
): Head {
  const outOfFold = new Array<number>(examples.length).fill(0);
  for (let f = 0; f < k; f++) {
    const model = trainLogistic(
      examples.filter((_, i) => fold[i] !== f),
      dimension,
      options,
    );
    examples.forEach((e, i) => {
      if (fold[i] === f) outOfFold[i] = linear(model.weights, model.bias, e.x);
    });
  }
  const full = trainLogistic(examples, dimension, options);
  return { weights: full.weights, bias: full.bias, outOfFold };
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

function storeHead(head: Head, labels: readonly (0 | 1)[], prune: number): StoredHead {
  const calibration = fitPlatt(head.outOfFold, labels);
  return {
    bias: round(head.bias, 4),
    weights: packWeights(head.weights, 4, prune),
    calibration: { slope: round(calibration.slope, 6), intercept: round(calibration.intercept, 6) },
  };
}

export interface BuiltRanker {
  readonly model: RankerModel;
  /** resources/ranker.json's exact text. */
  readonly json: string;
  /** shared/ranking/worth-checking.ts's exact text (the threshold, for the renderer). */
  readonly thresholdModule: string;
}

/** The threshold as a TypeScript module, so the renderer needs no model to show the cue. */
function thresholdModule(threshold: number): string {
  return `// Written by \`npm run train:ranker\` (scripts/ranker/build-ranker.ts) with resources/ranker.json: do not edit.

/**
 * The calibrated probability at and above which the app marks a claim "worth checking": the bundled
 * model's \`threshold\`, the one with the best F1 on the CheckThat! 2024 English dev split. A module of its
 * own so the renderer can show the cue without bundling the model.
 */
export const WORTH_CHECKING = ${threshold};
`;
}

/** Trains the ranker on `corpus.train` and chooses its threshold on `corpus.dev`. */
export function buildRanker(corpus: Corpus, settings: RankerSettings = SHIPPED_SETTINGS): BuiltRanker {
  const { train, dev } = corpus;
  const labels = train.map((s) => s.label);
  const fold = foldsById(
    train.map((s) => s.id),
    settings.folds,
  );
  const examplesOf = (vector: (s: string) => SparseVector): Example[] =>
    train.map((s) => ({ x: vector(s.text), y: s.label }));
  const english = trainHead(
    examplesOf((s) => englishVector(s, settings.bits)),
    englishDimension(settings.bits),
    settings.english,
    fold,
    settings.folds,
  );
  const universal = trainHead(
    examplesOf(universalVector),
    UNIVERSAL_CUES.length,
    settings.universal,
    fold,
    settings.folds,
  );
  const draft: RankerModel = {
    format: 'factdesk-ranker',
    version: 2,
    bits: settings.bits,
    universalCues: [...UNIVERSAL_CUES],
    englishCues: [...ENGLISH_CUES],
    english: storeHead(english, labels, settings.prune),
    universal: storeHead(universal, labels, 0),
    threshold: 0.5,
    trainedOn: { ...TRAINING_RECORD, sentences: train.length },
    development: {},
  };
  // The threshold and the figures come from the model as stored (rounded), scored as the app scores.
  const loaded = loadRanker(draft);
  const devLabels = dev.map((s) => s.label);
  const devEnglish = dev.map((s) => scoreSentence(loaded, s.text));
  const devUniversal = dev.map((s) => scoreSentence(loaded, s.text, { language: 'und' }));
  const { threshold, f1 } = bestF1Threshold(devEnglish, devLabels);
  const outOfFold = english.outOfFold.map((z) => calibrated(draft.english.calibration, z));
  const development = {
    devSentences: dev.length,
    devF1: round(f1, 4),
    devAveragePrecision: round(averagePrecision(devEnglish, devLabels), 4),
    devBrier: round(brierScore(devEnglish, devLabels), 4),
    universalDevF1: round(
      f1At(devUniversal, devLabels, bestF1Threshold(devUniversal, devLabels).threshold),
      4,
    ),
    universalDevAveragePrecision: round(averagePrecision(devUniversal, devLabels), 4),
    crossValidationFolds: settings.folds,
    crossValidatedF1: round(f1At(outOfFold, labels, threshold), 4),
    crossValidatedAveragePrecision: round(averagePrecision(outOfFold, labels), 4),
    crossValidatedBrier: round(brierScore(outOfFold, labels), 4),
  };
  const model: RankerModel = { ...draft, threshold, development };
  return { model, json: `${JSON.stringify(model)}\n`, thresholdModule: thresholdModule(threshold) };
}

/** The positives of a labelled set, for a report. */
export const positives = (set: readonly LabelledSentence[]): number =>
  set.filter((s) => s.label === 1).length;
