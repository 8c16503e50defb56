// Measures the claim finder end to end: MB/s of `extractClaims` on ~1 MB and ~20 MB drafts built from
// varied copies of resources/samples/*.txt, and on ~1 MB drafts in each other language with finder tables
// (resources/samples/languages/), each beside a floor (a plain regex scan over the same text) measured in
// the same run, plus peak memory. The language detector is loaded first, as the extraction job does.
// Run directly (`npx tsx scripts/bench/extract-throughput.ts`) to print JSON; `npm run bench` imports
// `measureExtraction`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractClaims, loadLanguageDetector } from '../../shared/claims/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
];

/** One variant of a sample: numbers, weekdays and months shifted so no two copies are the same text. */
function variant(text: string, i: number): string {
  return text
    .replace(/\d+/g, (d) => String((Number(d) + i) % 10 ** Math.max(1, d.length)))
    .replace(
      /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
      () => WEEKDAYS[i % 7] as string,
    )
    .replace(/\b(?:January|February|March)\b/g, () => MONTHS[i % MONTHS.length] as string);
}

/**
 * A draft of about `bytes` UTF-8 bytes made of varied sample copies: the English samples, or with
 * `prefix` the drafts in resources/samples/languages/ whose names start with it ("es-", "mixed-").
 */
export function buildDraft(bytes: number, seedOffset = 0, prefix?: string): string {
  const folder = path.join(root, 'resources', 'samples', ...(prefix ? ['languages'] : []));
  const samples = readdirSync(folder)
    .filter((f) => f.endsWith('.txt') && (!prefix || f.startsWith(prefix)))
    .sort()
    .map((f) => readFileSync(path.join(folder, f), 'utf8'));
  const parts: string[] = [];
  let size = 0;
  for (let i = seedOffset; size < bytes; i++) {
    const part = variant(samples[i % samples.length] as string, i);
    parts.push(part);
    size += Buffer.byteLength(part, 'utf8') + 2;
  }
  return parts.join('\n\n');
}

function timed<T>(fn: () => T): { value: T; seconds: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, seconds: (performance.now() - t0) / 1000 };
}

/** The floor: a plain regex scan of the same text. */
function floorScan(draft: string): number {
  let n = 0;
  for (const _ of draft.matchAll(/\d+|[“”"]|\b[A-Z][a-z]+\b/g)) n++;
  return n;
}

/** Runs the benchmark; every figure is named with its unit. */
export async function measureExtraction(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const t0 = performance.now();
  await loadLanguageDetector();
  out.language_detector_load_ms = Math.round(performance.now() - t0);
  // The first run pays for compiling the regexes and the JIT: reported on its own, then warm runs.
  const cold = buildDraft(1_000_000, 1000);
  const first = timed(() => extractClaims(cold, { documentDate: '2022-01-20' }));
  out.extract_1mb_first_run_mb_per_s = Number(
    (Buffer.byteLength(cold, 'utf8') / 1e6 / first.seconds).toFixed(2),
  );
  for (const [label, bytes] of [
    ['1mb', 1_000_000],
    ['20mb', 20_000_000],
  ] as const) {
    const draft = buildDraft(bytes);
    const mb = Buffer.byteLength(draft, 'utf8') / 1e6;
    const floor = timed(() => floorScan(draft));
    const cpu0 = process.cpuUsage();
    const run = timed(() => extractClaims(draft, { documentDate: '2022-01-20' }));
    const cpu = process.cpuUsage(cpu0);
    out[`extract_${label}_mb`] = Number(mb.toFixed(2));
    out[`extract_${label}_mb_per_s`] = Number((mb / run.seconds).toFixed(2));
    out[`extract_${label}_mb_per_cpu_s`] = Number((mb / ((cpu.user + cpu.system) / 1e6)).toFixed(2));
    out[`extract_${label}_regex_floor_mb_per_s`] = Number((mb / floor.seconds).toFixed(2));
    out[`extract_${label}_claims`] = run.value.claims.length;
    out[`extract_${label}_sentences`] = run.value.sentences.length;
    out[`extract_${label}_heap_after_mb`] = Number((process.memoryUsage().heapUsed / 1e6).toFixed(1));
  }
  // Each other language (and a draft mixing them), warm, about 1 MB each.
  for (const prefix of ['es-', 'fr-', 'de-', 'pt-', 'mixed-']) {
    const label = prefix.replace(/-$/, '');
    const draft = buildDraft(1_000_000, 0, prefix);
    const mb = Buffer.byteLength(draft, 'utf8') / 1e6;
    extractClaims(draft.slice(0, 50_000), { documentDate: '2022-01-20' }); // compile this language's regexes
    const floor = timed(() => floorScan(draft));
    const cpu0 = process.cpuUsage();
    const run = timed(() => extractClaims(draft, { documentDate: '2022-01-20' }));
    const cpu = process.cpuUsage(cpu0);
    out[`extract_${label}_1mb_mb_per_s`] = Number((mb / run.seconds).toFixed(2));
    // CPU time is steadier than wall time on a machine shared by other work.
    out[`extract_${label}_1mb_mb_per_cpu_s`] = Number((mb / ((cpu.user + cpu.system) / 1e6)).toFixed(2));
    out[`extract_${label}_1mb_regex_floor_mb_per_s`] = Number((mb / floor.seconds).toFixed(2));
    out[`extract_${label}_1mb_claims`] = run.value.claims.length;
  }
  out.extract_peak_rss_mb = Number((process.resourceUsage().maxRSS / 1024).toFixed(1));
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(JSON.stringify(await measureExtraction(), null, 2));
}
