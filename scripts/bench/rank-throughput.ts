// Measures the check-worthiness ranker: sentences per second of `rankSentences` (English, and the
// language-independent cues alone) on the 22,501 training sentences, beside a floor measured in the same
// run on the same sentences (splitting each into words with one regex), and `factdesk rank` end to end on
// them as a file, beside Node starting and copying the same file. Medians of 3 runs after a warm-up, in
// wall time and in CPU time (steadier on a shared machine). Run directly
// (`npx tsx scripts/bench/rank-throughput.ts`, after `npm run build`) or from `npm run bench`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseCheckThat } from '../../shared/ranking/checkthat';
import { loadRanker, rankSentences, type RankerModel } from '../../shared/ranking/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The app's goal for scoring (docs/claim-finding.md). */
export const RANK_GOAL_SENTENCES_PER_S = 10_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Median wall and CPU seconds of `runs` calls of `fn`, after one warm-up call. The CPU time is steadier
 * than wall time on a machine shared by many processes, so both are reported.
 */
function timed(fn: () => unknown, runs = 3): { wall: number; cpu: number } {
  fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    walls.push((performance.now() - t0) / 1000);
    const cpu = process.cpuUsage(cpu0);
    cpus.push((cpu.user + cpu.system) / 1e6);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

/** Median wall seconds of `runs` calls of `fn`, after one warm-up call. */
function seconds(fn: () => unknown, runs = 3): number {
  return timed(fn, runs).wall;
}

/** Runs the benchmark; every figure is named with its unit. */
export async function measureRanking(): Promise<Record<string, number | boolean>> {
  const file = path.join(
    root,
    'data',
    'checkworthiness',
    'claimbuster-checkthat2024',
    'CT24_checkworthy_english_train.tsv',
  );
  const sentences = parseCheckThat(readFileSync(file, 'utf8')).map((s) => s.text);
  const n = sentences.length;
  // Reading and expanding the model file, as the first score does (the app's bundle imports the JSON).
  const modelFile = path.join(root, 'resources', 'ranker.json');
  const load = timed(() => loadRanker(JSON.parse(readFileSync(modelFile, 'utf8')) as RankerModel));
  const floor = timed(() => sentences.map((s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.length ?? 0));
  const english = timed(() => rankSentences(sentences));
  const universal = timed(() => rankSentences(sentences, { language: 'de' }));
  const out: Record<string, number | boolean> = {
    rank_sentences: n,
    rank_model_load_ms: Math.round(load.wall * 1000),
    rank_model_load_cpu_ms: Math.round(load.cpu * 1000),
    rank_model_file_bytes: statSync(modelFile).size,
    rank_english_sentences_per_s: Math.round(n / english.wall),
    rank_universal_sentences_per_s: Math.round(n / universal.wall),
    rank_word_split_floor_sentences_per_s: Math.round(n / floor.wall),
    rank_english_vs_floor_ratio: Number((floor.wall / english.wall).toFixed(3)),
    rank_english_sentences_per_cpu_s: Math.round(n / english.cpu),
    rank_universal_sentences_per_cpu_s: Math.round(n / universal.cpu),
    rank_word_split_floor_sentences_per_cpu_s: Math.round(n / floor.cpu),
    // Judged on CPU time: wall time on this shared machine measures the other processes as much as ours.
    rank_english_meets_goal_per_cpu_s: n / english.cpu >= RANK_GOAL_SENTENCES_PER_S,
  };
  // The command line, end to end: one sentence a line in, one probability a line out.
  const bin = path.join(root, 'bin', 'factdesk.mjs');
  const dir = mkdtempSync(path.join(tmpdir(), 'factdesk-rank-bench-'));
  try {
    const lines = path.join(dir, 'lines.txt');
    writeFileSync(lines, `${sentences.map((s) => s.replace(/\s+/g, ' ')).join('\n')}\n`);
    const cli = seconds(
      () => execFileSync(process.execPath, [bin, 'rank', lines], { maxBuffer: 1 << 26 }),
      3,
    );
    const copy = `process.stdout.write(require('fs').readFileSync(${JSON.stringify(lines)}, 'utf8'))`;
    const nodeFloor = seconds(() => execFileSync(process.execPath, ['-e', copy], { maxBuffer: 1 << 26 }), 3);
    out.rank_cli_seconds = Number(cli.toFixed(2));
    out.rank_cli_sentences_per_s = Math.round(n / cli);
    out.rank_cli_node_copy_floor_seconds = Number(nodeFloor.toFixed(2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(JSON.stringify(await measureRanking(), null, 2));
}
