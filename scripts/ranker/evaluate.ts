// Development figures beside the baselines: F1 of Yes and average precision on the CheckThat! 2024 dev
// split, and MAP over the CLEF 2019 training debates when that research-only set is available.
import type { LabelledSentence } from '../../shared/ranking/checkthat';
import {
  averagePrecision,
  bestF1Threshold,
  digitsBaseline,
  f1At,
  meanAveragePrecision,
} from '../../shared/ranking/metrics';
import type { ClefDebate } from './corpus';

export interface Figures {
  /** F1 of the Yes class on the dev split at the threshold given (or the best one). */
  readonly devF1: number;
  readonly devAveragePrecision: number;
  readonly clefMap?: number;
  readonly clefMapUnseen?: number;
}

/** Debates of CLEF 2019 training that are also in ClaimBuster (the 2016 presidential debates). */
export const CLEF_IN_CLAIMBUSTER = new Set([
  '20160926_1pres.tsv',
  '20161010_2pres.tsv',
  '20161019_3pres.tsv',
]);

const round4 = (x: number): number => Number(x.toFixed(4));

/** Figures of one scorer: `score` maps a document's sentences (in order) to scores. */
export function figuresOf(
  score: (sentences: readonly string[]) => number[],
  dev: readonly LabelledSentence[],
  clef: readonly ClefDebate[] | undefined,
  threshold?: number,
): Figures {
  const devScores = score(dev.map((s) => s.text));
  const devLabels = dev.map((s) => s.label);
  const f1 =
    threshold === undefined
      ? bestF1Threshold(devScores, devLabels).f1
      : f1At(devScores, devLabels, threshold);
  const figures: Figures = {
    devF1: round4(f1),
    devAveragePrecision: round4(averagePrecision(devScores, devLabels)),
  };
  if (!clef) return figures;
  const ranked = (debates: readonly ClefDebate[]) =>
    debates.map((d) => ({ scores: score(d.lines.map((l) => l.text)), labels: d.lines.map((l) => l.label) }));
  return {
    ...figures,
    clefMap: round4(meanAveragePrecision(ranked(clef))),
    clefMapUnseen: round4(meanAveragePrecision(ranked(clef.filter((d) => !CLEF_IN_CLAIMBUSTER.has(d.file))))),
  };
}

/** The two reference points: every sentence Yes, and 1 for a sentence with a digit (ties in order). */
export const BASELINES: Readonly<Record<string, (sentences: readonly string[]) => number[]>> = {
  'all Yes': (sentences) => sentences.map(() => 1),
  digits: digitsBaseline,
};
