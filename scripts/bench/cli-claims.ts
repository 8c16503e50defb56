// `factdesk claims DIR --json` on a project of 6,000 drafts (the write-path part's many-drafts
// project), as a whole process writing to /dev/null, against reading and JSON.parse of every file of
// the project (in this process) and starting Node with nothing to do. With FACTDESK_BENCH_BUILD=DIR
// the CLI of that build is run beside dist/'s, in turn, on the same project (its output, parsed, must
// hold the same values: the bytes differ between builds that format the array differently).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, open, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildProject, median } from './store';
import { readAndParseAll } from './write-path';

const root = process.cwd();
const compared = process.env.FACTDESK_BENCH_BUILD ? resolve(root, process.env.FACTDESK_BENCH_BUILD) : null;
const GNU_TIME = '/usr/bin/time';

/** One run of a command: wall time and peak RSS (GNU time's %M, when it is there). */
async function runOnce(args: string[], stdoutTo: string): Promise<{ ms: number; peakMiB: number | null }> {
  const out = await open(stdoutTo, 'w');
  const timed = existsSync(GNU_TIME);
  const [cmd, argv] = timed
    ? [GNU_TIME, ['-f', 'peak-kB %M', process.execPath, ...args]]
    : [process.execPath, args];
  const t0 = performance.now();
  const child = spawn(cmd, argv, {
    stdio: ['ignore', out.fd, 'pipe'],
    env: { ...process.env, FACTDESK_PASSPHRASE: '' },
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const ms = performance.now() - t0;
  await out.close();
  if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}: ${stderr}`);
  const peak = /peak-kB (\d+)/.exec(stderr);
  return { ms, peakMiB: peak ? Math.round(Number(peak[1]) / 1024) : null };
}

/** JSON text of a value with every object's keys sorted: equal for equal values, however formatted. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
}

/** The claims array of an output file, parsed whole: its length and a hash of its values. */
async function valuesOf(file: string): Promise<{ claims: number; sha: string }> {
  const claims = JSON.parse(await readFile(file, 'utf8')) as unknown[];
  const hash = createHash('sha256');
  for (const claim of claims) hash.update(`${canonical(claim)}\n`);
  return { claims: claims.length, sha: hash.digest('hex') };
}

const ms = (values: number[]) => +median(values).toFixed(0);

/** The figures of one build's CLI over `runs` runs, with the floor runs taken between them. */
export async function measureCliClaims(drafts = 6_000, runs = 5): Promise<Record<string, unknown>> {
  const scratch = await mkdtemp(join(tmpdir(), 'factdesk-bench-claims-'));
  try {
    const dir = join(scratch, 'many.factdesk');
    await buildProject(dir, drafts * 17, { documents: drafts });
    const builds = [
      ...(compared ? [['compared', compared] as const] : []),
      ['current', join(root, 'dist')] as const,
    ];
    const bins = builds.map(([name, build]) => [name, join(build, 'cli', 'factdesk.mjs')] as const);
    // The same values from each build, once (written to a file, parsed whole and hashed).
    const hashes = new Map<string, string>();
    const outputMiB = new Map<string, number>();
    let claims = 0;
    for (const [name, bin] of bins) {
      const file = join(scratch, `${name}.json`);
      await runOnce([bin, 'claims', dir, '--json'], file);
      outputMiB.set(name, +((await stat(file)).size / 2 ** 20).toFixed(1));
      const values = await valuesOf(file);
      hashes.set(name, values.sha);
      claims = values.claims;
      await rm(file);
    }
    const floor: number[] = [];
    const node: number[] = [];
    const times = new Map(bins.map(([name]) => [name, [] as number[]]));
    const peaks = new Map(bins.map(([name]) => [name, [] as number[]]));
    for (let run = 0; run < runs; run++) {
      const t0 = performance.now();
      await readAndParseAll(dir);
      floor.push(performance.now() - t0);
      node.push((await runOnce(['-e', ''], '/dev/null')).ms);
      for (const [name, bin] of bins) {
        const once = await runOnce([bin, 'claims', dir, '--json'], '/dev/null');
        times.get(name)!.push(once.ms);
        if (once.peakMiB !== null) peaks.get(name)!.push(once.peakMiB);
      }
    }
    const figures: Record<string, unknown> = {
      documents: drafts,
      claims,
      sameValues: new Set(hashes.values()).size === 1,
      floorReadAndParseAllMedianMs: ms(floor),
      nodeStartMedianMs: ms(node),
      runs,
    };
    for (const [name] of bins) {
      figures[name] = {
        outputMiB: outputMiB.get(name),
        processMedianMs: ms(times.get(name)!),
        ratioToFloor: +(median(times.get(name)!) / median(floor)).toFixed(2),
        peakRssMiB: peaks.get(name)!.length ? Math.max(...peaks.get(name)!) : null,
      };
    }
    return figures;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
