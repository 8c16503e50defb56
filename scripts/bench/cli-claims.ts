// `factdesk claims DIR --json` on a project of 6,000 drafts (the write-path part's many-drafts
// project), as a whole process writing to /dev/null, against reading and JSON.parse of every file of
// the project (in this process) and starting Node with nothing to do. With FACTDESK_BENCH_BUILD=DIR
// the CLI of that build is run beside dist/'s, in turn, on the same project (its output must be the
// same bytes).
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

/** One run of a command: wall time, peak RSS (GNU time's %M, when it is there), and its output's hash. */
async function runOnce(
  args: string[],
  stdoutTo: string,
): Promise<{ ms: number; peakMiB: number | null; sha: string | null }> {
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
  const sha =
    stdoutTo === '/dev/null'
      ? null
      : createHash('sha256')
          .update(await readFile(stdoutTo))
          .digest('hex');
  return { ms, peakMiB: peak ? Math.round(Number(peak[1]) / 1024) : null, sha };
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
    // The same bytes from each build, once (written to a file and hashed).
    const hashes = new Map<string, string | null>();
    let bytes = 0;
    for (const [name, bin] of bins) {
      const file = join(scratch, `${name}.json`);
      hashes.set(name, (await runOnce([bin, 'claims', dir, '--json'], file)).sha);
      bytes = (await stat(file)).size;
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
      outputMiB: +(bytes / 2 ** 20).toFixed(1),
      sameBytes: new Set(hashes.values()).size === 1,
      floorReadAndParseAllMedianMs: ms(floor),
      nodeStartMedianMs: ms(node),
      runs,
    };
    for (const [name] of bins) {
      figures[name] = {
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
