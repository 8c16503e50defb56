// Measures the claim finder end to end: MB/s of `extractClaims` on ~1 MB and ~20 MB drafts built from
// varied copies of resources/samples/*.txt, beside a floor (a plain regex scan over the same text) measured
// in the same run, plus peak memory. Run directly (`npx tsx scripts/bench/extract-throughput.ts`) to print
// JSON; `npm run bench` imports `measureExtraction`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractClaims } from '../../shared/claims/index';

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

/** A draft of about `bytes` UTF-8 bytes made of varied sample copies. */
export function buildDraft(bytes: number, seedOffset = 0): string {
  const folder = path.join(root, 'resources', 'samples');
  const samples = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
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

/** Runs the benchmark; every figure is named with its unit. */
export async function measureExtraction(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
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
    const floor = timed(() => {
      let n = 0;
      for (const _ of draft.matchAll(/\d+|[“”"]|\b[A-Z][a-z]+\b/g)) n++;
      return n;
    });
    const run = timed(() => extractClaims(draft, { documentDate: '2022-01-20' }));
    out[`extract_${label}_mb`] = Number(mb.toFixed(2));
    out[`extract_${label}_mb_per_s`] = Number((mb / run.seconds).toFixed(2));
    out[`extract_${label}_regex_floor_mb_per_s`] = Number((mb / floor.seconds).toFixed(2));
    out[`extract_${label}_claims`] = run.value.claims.length;
    out[`extract_${label}_sentences`] = run.value.sentences.length;
    out[`extract_${label}_heap_after_mb`] = Number((process.memoryUsage().heapUsed / 1e6).toFixed(1));
  }
  out.extract_peak_rss_mb = Number((process.resourceUsage().maxRSS / 1024).toFixed(1));
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(JSON.stringify(await measureExtraction(), null, 2));
}
