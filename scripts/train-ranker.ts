// Trains the check-worthiness ranker on the CLEF CheckThat! 2019 task 1 training files, reports
// leave-one-debate-out cross-validated MAP beside the digits baselines, and writes resources/ranker.json.
// Deterministic (seeded); `npm run train:ranker`. Options: --data DIR, --no-write, --bits N.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseClef } from '../shared/ranking/clef';
import type { ClefLine } from '../shared/ranking/clef';
import { DENSE_FEATURES, sentenceVector } from '../shared/ranking/features';
import { trainLogistic, linear } from '../shared/ranking/logistic';
import type { Example, TrainOptions } from '../shared/ranking/logistic';
import { digitCountBaseline, digitsBaseline, meanAveragePrecision } from '../shared/ranking/metrics';
import { packWeights } from '../shared/ranking/model';
import type { RankerModel } from '../shared/ranking/model';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dataDir = path.resolve(
  arg('--data') ??
    path.join(root, '..', 'shared', 'data', 'checkworthiness', 'clef2019-checkthat-task1', 'training'),
);
const bits = Number(arg('--bits') ?? 15);
const options: TrainOptions = {
  epochs: Number(arg('--epochs') ?? 6),
  learningRate: Number(arg('--lr') ?? 0.05),
  l2: Number(arg('--l2') ?? 1e-4),
  positiveWeight: Number(arg('--pos') ?? 8),
  seed: 20190108,
};

if (!existsSync(dataDir)) {
  console.error(`The CLEF 2019 training folder was not found at ${dataDir}; pass --data DIR.`);
  process.exit(1);
}
const files = readdirSync(dataDir)
  .filter((f) => f.endsWith('.tsv'))
  .sort();
const debates = files.map((file) => {
  const lines = parseClef(readFileSync(path.join(dataDir, file), 'utf8'));
  return { file, lines, vectors: lines.map((l) => sentenceVector(l.text, bits)) };
});
const dimension = (1 << bits) + DENSE_FEATURES.length;
const examplesOf = (ds: typeof debates): Example[] =>
  ds.flatMap((d) => d.lines.map((l: ClefLine, i) => ({ x: d.vectors[i]!, y: l.label })));

const started = performance.now();
const folds = debates.map((held, k) => {
  const model = trainLogistic(examplesOf(debates.filter((_, j) => j !== k)), dimension, options);
  return {
    scores: held.vectors.map((x) => linear(model.weights, model.bias, x)),
    labels: held.lines.map((l) => l.label),
  };
});
const cvMap = meanAveragePrecision(folds);
const digits = meanAveragePrecision(
  debates.map((d) => ({
    scores: digitsBaseline(d.lines.map((l) => l.text)),
    labels: d.lines.map((l) => l.label),
  })),
);
const digitCount = meanAveragePrecision(
  debates.map((d) => ({
    scores: digitCountBaseline(d.lines.map((l) => l.text)),
    labels: d.lines.map((l) => l.label),
  })),
);
const final = trainLogistic(examplesOf(debates), dimension, options);
const model: RankerModel = {
  format: 'factdesk-ranker',
  version: 1,
  bits,
  dense: [...DENSE_FEATURES],
  bias: Math.round(final.bias * 1e4) / 1e4,
  weights: packWeights(final.weights),
  trainedOn: `CLEF CheckThat! 2019 task 1 training, ${files.length} files, ${examplesOf(debates).length} sentences`,
  crossValidatedMap: Math.round(cvMap * 1e4) / 1e4,
};
const json = JSON.stringify(model);
if (!process.argv.includes('--no-write'))
  writeFileSync(path.join(root, 'resources', 'ranker.json'), `${json}\n`);
console.log(
  JSON.stringify(
    {
      files: files.length,
      sentences: examplesOf(debates).length,
      leaveOneDebateOutMap: Number(cvMap.toFixed(4)),
      digitsBaselineMap: Number(digits.toFixed(4)),
      digitCountBaselineMap: Number(digitCount.toFixed(4)),
      publishedBest2019TestMap: 0.166,
      modelBytes: json.length,
      seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      options: { bits, ...options },
    },
    null,
    2,
  ),
);
