// `npx tsx scripts/ranker/ablation.ts`: the figures behind docs/claim-finding.md's "what each change gave"
// table. Each variant is trained and measured the way the shipped model is (5 folds across debates for
// the out-of-fold figures, Platt scaling on them, the full train split for the dev figures), changing one
// thing at a time. With FACTDESK_CLEF2019_DIR set, each variant also ranks the CLEF 2019 debates.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrated, fitPlatt } from '../../shared/ranking/calibration';
import { englishDimension, englishVector } from '../../shared/ranking/features';
import type { SparseVector } from '../../shared/ranking/features';
import { foldsById } from '../../shared/ranking/folds';
import { linear } from '../../shared/ranking/logistic';
import type { TrainOptions } from '../../shared/ranking/logistic';
import {
  averagePrecision,
  bestF1Threshold,
  brierScore,
  meanAveragePrecision,
} from '../../shared/ranking/metrics';
import { UNIVERSAL_CUES } from '../../shared/ranking/universal-cues';
import { SHIPPED_SETTINGS, trainHead } from './build-ranker';
import { readClef2019, readCorpus } from './corpus';
import { CLEF_IN_CLAIMBUSTER } from './evaluate';

interface Variant {
  readonly name: string;
  readonly bits: number;
  /** Which cues the vector keeps after the n-grams. */
  readonly cues: 'none' | 'universal' | 'all';
  readonly options: TrainOptions;
  readonly prune: number;
  readonly calibrate: boolean;
}

const shipped: Variant = {
  name: 'shipped',
  bits: SHIPPED_SETTINGS.bits,
  cues: 'all',
  options: SHIPPED_SETTINGS.english,
  prune: SHIPPED_SETTINGS.prune,
  calibrate: true,
};
const start: Variant = {
  name: 'n-grams only, 2^15 buckets, learning rate 0.05 (the previous learner)',
  bits: 15,
  cues: 'none',
  options: { ...shipped.options, learningRate: 0.05 },
  prune: 0,
  calibrate: true,
};
const VARIANTS: Variant[] = [
  start,
  { ...start, name: '+ universal cues', cues: 'universal' },
  { ...start, name: '+ English cues', cues: 'all' },
  { ...start, name: '+ learning rate 0.15', cues: 'all', options: shipped.options },
  { ...shipped, name: '+ 2^18 buckets', prune: 0 },
  { ...shipped, name: '+ weights under 0.002 dropped (shipped)' },
  { ...shipped, name: 'shipped, without calibration (raw sigmoid)', calibrate: false },
  { ...shipped, name: 'shipped, class weight 1', options: { ...shipped.options, positiveWeight: 1 } },
  { ...shipped, name: 'shipped, 10 epochs', options: { ...shipped.options, epochs: 10 } },
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = readCorpus(root);
const clef = readClef2019();
const labels = corpus.train.map((s) => s.label);
const devLabels = corpus.dev.map((s) => s.label);
const fold = foldsById(
  corpus.train.map((s) => s.id),
  SHIPPED_SETTINGS.folds,
);
const round = (x: number): number => Number(x.toFixed(4));

function vectorOf(variant: Variant): (s: string) => SparseVector {
  const limit =
    (1 << variant.bits) +
    (variant.cues === 'none' ? 0 : variant.cues === 'universal' ? UNIVERSAL_CUES.length : Infinity);
  return (s) => {
    const v = englishVector(s, variant.bits);
    const keep = [...v.index.keys()].filter((i) => (v.index[i] as number) < limit);
    return {
      index: Int32Array.from(keep, (i) => v.index[i] as number),
      value: Float32Array.from(keep, (i) => v.value[i] as number),
    };
  };
}

for (const variant of VARIANTS) {
  const vector = vectorOf(variant);
  const examples = corpus.train.map((s) => ({ x: vector(s.text), y: s.label }));
  const head = trainHead(
    examples,
    englishDimension(variant.bits),
    variant.options,
    fold,
    SHIPPED_SETTINGS.folds,
  );
  const weights = head.weights.map((w) => (Math.abs(w) < variant.prune ? 0 : w));
  const platt = variant.calibrate ? fitPlatt(head.outOfFold, labels) : { slope: 1, intercept: 0 };
  const probability = (s: string): number => calibrated(platt, linear(weights, head.bias, vector(s)));
  const outOfFold = head.outOfFold.map((z) => calibrated(platt, z));
  const dev = corpus.dev.map((s) => probability(s.text));
  const row: Record<string, string | number> = {
    variant: variant.name,
    outOfFoldF1: round(bestF1Threshold(outOfFold, labels).f1),
    outOfFoldAP: round(averagePrecision(outOfFold, labels)),
    outOfFoldBrier: round(brierScore(outOfFold, labels)),
    devF1: round(bestF1Threshold(dev, devLabels).f1),
    devAP: round(averagePrecision(dev, devLabels)),
    devBrier: round(brierScore(dev, devLabels)),
    weights: weights.filter((w) => Math.round(w * 1e4) !== 0).length,
  };
  if ('debates' in clef) {
    const ranked = clef.debates.map((d) => ({
      file: d.file,
      scores: d.lines.map((l) => probability(l.text)),
      labels: d.lines.map((l) => l.label),
    }));
    row.clefMap = round(meanAveragePrecision(ranked));
    row.clefMapUnseen = round(meanAveragePrecision(ranked.filter((d) => !CLEF_IN_CLAIMBUSTER.has(d.file))));
  }
  console.log(JSON.stringify(row));
}
if ('skipped' in clef) console.log(`CLEF 2019: skipped (${clef.skipped})`);
