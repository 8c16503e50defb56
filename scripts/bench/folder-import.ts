// `factdesk import DIR FOLDER` of thousands of small drafts (issue 20: 6,000 drafts at 0.16 MB/s,
// claim finding alone 2.6 MB/s), as a whole process into a new project, beside two floors measured
// in the same run on the same files: reading every file, and reading plus finding claims in every
// draft on this thread (one core). With FACTDESK_BENCH_BUILD=DIR that build's CLI imports the same
// folder too, in turn with dist/'s (each into its own new project).
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadLanguageDetector } from '../../shared/claims';
import { findClaimsIn } from '../../core/extraction/extraction-job';
import { buildDraft } from './extract-throughput';
import { median } from './store';

const root = process.cwd();
const compared = process.env.FACTDESK_BENCH_BUILD ? resolve(root, process.env.FACTDESK_BENCH_BUILD) : null;

/** Runs a build's CLI; returns its wall time in ms (it must succeed). */
function cli(bin: string, args: string[]): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, FACTDESK_PASSPHRASE: '', FACTDESK_CHECKER: 'bench' },
    maxBuffer: 256 * 2 ** 20,
  });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`${args[0]} exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  return ms;
}

async function timeMs(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/** Writes `drafts` small drafts (about 3 KB each) into a new `folder`; resolves with their bytes. */
export async function writeSmallDrafts(folder: string, drafts: number): Promise<number> {
  await mkdir(folder);
  let bytes = 0;
  for (let index = 0; index < drafts; index++) {
    const text = `Draft ${index}\n\n${buildDraft(3_000, index)}`;
    bytes += Buffer.byteLength(text);
    await writeFile(join(folder, `d${String(index).padStart(5, '0')}.txt`), text);
  }
  return bytes;
}

/**
 * The figures of importing `drafts` small drafts (about 3 KB each), `runs` times per build (the
 * builds alternating), as medians: by default 6,000 drafts, 18.8 MB, the size of the folder issue 20
 * measured (6,000 drafts, 19 MB).
 */
export async function measureFolderImport(drafts = 6_000, runs = 5): Promise<Record<string, unknown>> {
  const scratch = await mkdtemp(join(tmpdir(), 'factdesk-bench-import-'));
  try {
    const folder = join(scratch, 'drafts');
    const mb = (await writeSmallDrafts(folder, drafts)) / 1e6;
    const names = (await readdir(folder)).sort();
    await loadLanguageDetector();
    const builds = [
      ...(compared ? [['compared', compared] as const] : []),
      ['current', join(root, 'dist')] as const,
    ];
    const readAll: number[] = [];
    const findAll: number[] = [];
    const imports = new Map(builds.map(([name]) => [name, [] as number[]]));
    for (let run = 0; run < runs; run++) {
      readAll.push(
        await timeMs(() => Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')))),
      );
      findAll.push(
        await timeMs(async () => {
          for (const name of names) {
            const text = await readFile(join(folder, name), 'utf8');
            findClaimsIn({ fileName: name, format: 'txt', text });
          }
        }),
      );
      // The builds take turns at going first, and each import starts with the one before it written
      // out (`sync`), so neither build pays for the other's files: on this shared machine two benches
      // of 3 runs each, in the same order, gave the two builds opposite medians 15% apart.
      for (const [name, build] of run % 2 === 0 ? builds : [...builds].reverse()) {
        spawnSync('sync');
        const bin = join(build, 'cli', 'factdesk.mjs');
        const dir = join(scratch, `${name}-${run}.factdesk`);
        cli(bin, ['new', dir]);
        imports.get(name)!.push(cli(bin, ['import', dir, folder]));
        // Kept until the end: ext4 without a journal (this machine's disk) does not reuse an inode for
        // a minute or more after it is freed, and scans past every such inode when it makes a file. A
        // project deleted between runs made the next import's 6,000 new files cost 1.5 to 2 s more of
        // kernel time (3.7-4.4 s against 2.4-2.5), a cost no checker's import pays (docs/scale.md).
      }
    }
    const rate = (ms: number[]) => +(mb / (median(ms) / 1000)).toFixed(2);
    const figures: Record<string, unknown> = {
      drafts,
      megabytes: +mb.toFixed(1),
      cores: availableParallelism(),
      runs,
      floorReadAllMedianMs: +median(readAll).toFixed(0),
      floorReadAllMBps: rate(readAll),
      floorFindClaimsOneThreadMedianMs: +median(findAll).toFixed(0),
      floorFindClaimsOneThreadMBps: rate(findAll),
    };
    for (const [name] of builds) {
      const times = imports.get(name)!;
      figures[name] = {
        importMedianMs: +median(times).toFixed(0),
        importMBps: rate(times),
        ratioToFindClaimsFloor: +(median(times) / median(findAll)).toFixed(2),
      };
    }
    if (compared) {
      figures.speedUp = +(median(imports.get('compared')!) / median(imports.get('current')!)).toFixed(2);
    }
    return figures;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
