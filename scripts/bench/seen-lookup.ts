// Measures a "Checked before" lookup (core/seen/seen-index.ts) with 100 projects and 100,000 checked
// claims in the index: the median and 95th percentile of looking up 400 claims (half restate a checked
// claim, half are new), beside two floors measured in the same run on the same claims: a Map lookup of
// the claim's figure (what the value half of the index does at least) and a plain scan of every
// checked claim's statement for the claim's number written the same way (what finding it without an
// index costs). Also the time to build the index and the heap it holds. The claims are made up from
// templates and generated names, deterministic. Run directly (`npx tsx scripts/bench/seen-lookup.ts
// [CLAIMS]`) to print JSON; `npm run bench -- --seen-only` runs it alone.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckedClaim } from '../../core/seen/checked-claim';
import { SeenIndex } from '../../core/seen/seen-index';
import { median } from './store';
import { claimMaker, percentile, random, restate, type Made } from './seen-claims';

/** The goal of issue 18: a lookup under 20 ms at this size. */
export const SEEN_GOAL_MS = 20;
const PROJECTS = 100;

function checked(made: Made, i: number): CheckedClaim {
  const project = i % PROJECTS;
  return {
    project: `/desk/project-${project}.factdesk`,
    projectTitle: `Project ${project}`,
    documentId: `d${Math.floor(i / 100)}`,
    documentTitle: 'Draft',
    claimId: `c${i}`,
    quote: made.text,
    text: made.text,
    kind: made.kind,
    status: i % 3 === 0 ? 'disputed' : 'verified',
    checkedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    checker: 'Ana',
    note: '',
    citations: [],
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export async function measureSeenLookup(size = 100_000): Promise<Record<string, unknown>> {
  const make = claimMaker(18);
  const claims = Array.from({ length: size }, (_, i) => checked(make(), i));
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const index = new SeenIndex();
  for (const claim of claims) index.add(claim);
  const buildSeconds = (performance.now() - t0) / 1000;
  globalThis.gc?.();
  const heapMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  const fresh = claimMaker(1818);
  const r = random(7);
  const queries = Array.from({ length: 400 }, (_, i) => {
    if (i % 2 === 1) return { restated: false, ...fresh() };
    const earlier = claims[Math.floor(r() * claims.length)]!;
    return { restated: true, kind: earlier.kind, text: restate(earlier.text), of: earlier.claimId };
  });
  // The floors' inputs: each query's first number as written, and a Map of every claim by it.
  const numberOf = (text: string) => /\d[\d,.]*\d|\d/.exec(text)?.[0] ?? text.slice(0, 8);
  const byNumber = new Map<string, string[]>();
  for (const claim of claims) {
    const key = numberOf(claim.text);
    const list = byNumber.get(key);
    if (list) list.push(claim.claimId);
    else byNumber.set(key, [claim.claimId]);
  }

  // One warm-up pass, then the measured one.
  for (const q of queries.slice(0, 50)) index.lookup({ ...q, quote: q.text });
  const lookups: number[] = [];
  const maps: number[] = [];
  const scans: number[] = [];
  let found = 0;
  let restatedFound = 0;
  let sink = 0;
  for (const q of queries) {
    let t = performance.now();
    const matches = index.lookup({ kind: q.kind, text: q.text, quote: q.text });
    lookups.push(performance.now() - t);
    if (matches.length > 0) found++;
    if ('of' in q && matches.some((m) => m.claim.claimId === q.of)) restatedFound++;
    const key = numberOf(q.text);
    t = performance.now();
    sink += byNumber.get(key)?.length ?? 0;
    maps.push(performance.now() - t);
    t = performance.now();
    for (const claim of claims) if (claim.text.includes(key)) sink++;
    scans.push(performance.now() - t);
  }
  const lookupMedian = median(lookups);
  const scanMedian = median(scans);
  return {
    projects: PROJECTS,
    checkedClaims: index.size,
    buildSeconds: round(buildSeconds),
    indexHeapMiB: Math.round(heapMiB),
    lookups: queries.length,
    lookupMedianMs: round(lookupMedian),
    lookupP95Ms: round(percentile(lookups, 0.95)),
    lookupMaxMs: round(Math.max(...lookups)),
    floorMapLookupMedianMs: round(median(maps)),
    floorPlainScanMedianMs: round(scanMedian),
    lookupToPlainScan: round(lookupMedian / scanMedian),
    goalMs: SEEN_GOAL_MS,
    restatedFound: `${restatedFound} of ${queries.length / 2}`,
    queriesWithMatches: found,
    scanHits: sink,
  };
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) {
  const size = Number(process.argv[2] ?? 100_000);
  process.stdout.write(`${JSON.stringify(await measureSeenLookup(size), null, 2)}\n`);
}
