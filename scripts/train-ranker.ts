// `npm run train:ranker`: trains the check-worthiness model from the repository's data
// (data/checkworthiness/claimbuster-checkthat2024), writes resources/ranker.json and its threshold module
// shared/ranking/worth-checking.ts (the same bytes on every run), and prints the development figures beside
// the baselines. With FACTDESK_CLEF2019_DIR set, it also ranks the CLEF 2019 training debates (research use
// only; never trained on). Options: --no-write; --check (exit 1 if the committed files differ from a rebuild).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRanker, scoreSentence } from '../shared/ranking/model';
import { buildRanker, positives } from './ranker/build-ranker';
import { readClef2019, readCorpus } from './ranker/corpus';
import { BASELINES, figuresOf } from './ranker/evaluate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'resources', 'ranker.json');
const thresholdTarget = path.join(root, 'shared', 'ranking', 'worth-checking.ts');
const started = performance.now();
const corpus = readCorpus(root);
const { model, json, thresholdModule } = buildRanker(corpus);
const trainSeconds = (performance.now() - started) / 1000;

if (process.argv.includes('--check')) {
  const same =
    readFileSync(target, 'utf8') === json && readFileSync(thresholdTarget, 'utf8') === thresholdModule;
  console.log(same ? 'The ranker files are up to date.' : 'The ranker files differ from a rebuild.');
  process.exit(same ? 0 : 1);
}
if (!process.argv.includes('--no-write')) {
  writeFileSync(target, json);
  writeFileSync(thresholdTarget, thresholdModule);
}

const clef = readClef2019();
const debates = 'debates' in clef ? clef.debates : undefined;
const ranker = loadRanker(model);
const scorers: Record<string, (sentences: readonly string[]) => number[]> = {
  'Factdesk model (English)': (ss) => ss.map((s) => scoreSentence(ranker, s)),
  'Factdesk model (universal cues only)': (ss) =>
    ss.map((s) => scoreSentence(ranker, s, { language: 'und' })),
  ...BASELINES,
};
// F1 thresholds: the model's own; the best on dev for the universal cues (no threshold ships for them);
// a sentence the baselines score 1 is a Yes.
const thresholds: Record<string, number | undefined> = {
  'Factdesk model (English)': model.threshold,
  'all Yes': 1,
  digits: 1,
};
const table = Object.fromEntries(
  Object.entries(scorers).map(([name, score]) => [
    name,
    figuresOf(score, corpus.dev, debates, thresholds[name]),
  ]),
);
console.log(
  JSON.stringify(
    {
      train: { sentences: corpus.train.length, yes: positives(corpus.train) },
      dev: { sentences: corpus.dev.length, yes: positives(corpus.dev) },
      threshold: model.threshold,
      development: model.development,
      table,
      clef2019: 'skipped' in clef ? `skipped: ${clef.skipped}` : `${clef.debates.length} debates`,
      englishWeights: model.english.weights.length,
      modelBytes: Buffer.byteLength(json),
      trainSeconds: Number(trainSeconds.toFixed(1)),
    },
    null,
    2,
  ),
);
