// `factdesk clone` of a shared project (issue 15: at 100,000 claims a clone cost about 250 reads of
// the whole project), as a whole process, against the floor (reading and JSON.parse of every file of
// the project) measured between the clones in the same run. The project is published once to a bare
// repository served by git http-backend on 127.0.0.1 (the tests' server). With
// FACTDESK_BENCH_BUILD=DIR that build's CLI clones it too, in turn with dist/'s (each into a new
// folder); FACTDESK_BENCH_CPU_PROF=DIR writes a CPU profile of each clone there. Each clone is then
// synced once with nothing to send or receive (`factdesk sync DIR`): the first sync after a clone.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServices, noDialogs } from '../../core';
import { syncProject } from '../../core/desk/sync-project';
import { startGitServer } from '../../test-support/git-http-server';
import { buildProject, median } from './store';
import { readAndParseAll } from './write-path';

const TOKEN = 'bench-token';
const root = process.cwd();
const compared = process.env.FACTDESK_BENCH_BUILD ? resolve(root, process.env.FACTDESK_BENCH_BUILD) : null;
const profiles = process.env.FACTDESK_BENCH_CPU_PROF
  ? resolve(root, process.env.FACTDESK_BENCH_CPU_PROF)
  : null;

/** Runs a build's CLI without blocking this process (it serves the repository); its wall time in ms. */
function cli(bin: string, args: string[], profileName: string): Promise<number> {
  const t0 = performance.now();
  const flags = profiles ? ['--cpu-prof', '--cpu-prof-dir', profiles, '--cpu-prof-name', profileName] : [];
  const child = spawn(process.execPath, [...flags, bin, ...args], {
    env: { ...process.env, FACTDESK_PASSPHRASE: '', FACTDESK_GIT_TOKEN: TOKEN, FACTDESK_CHECKER: 'bench' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) =>
    child.on('close', (code) =>
      code === 0
        ? done(performance.now() - t0)
        : fail(new Error(`${args[0]} exited ${code}: ${stderr.slice(0, 500)}`)),
    ),
  );
}

async function timeMs(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/** The figures of cloning a project of `claims` claims, `runs` times per build. */
export async function measureDeskClone(claims = 20_000, runs = 3): Promise<Record<string, unknown>> {
  const scratch = await mkdtemp(join(tmpdir(), 'factdesk-bench-clone-'));
  await mkdir(join(scratch, 'git'));
  const server = await startGitServer(join(scratch, 'git'), TOKEN);
  try {
    const source = join(scratch, 'source.factdesk');
    await buildProject(source, claims);
    const url = server.createRepo('desk');
    const services = await createServices({
      userDataDir: join(scratch, 'user'),
      mode: 'web',
      version: 'bench',
      dialogs: noDialogs,
    });
    const session = services.createSession();
    await session.openProject(source);
    const claimCount = session.project.view().claimCount;
    const documents = session.project.allDocuments().length;
    const publishMs = await timeMs(() =>
      syncProject(session.project, {
        remote: url,
        credentials: { token: TOKEN },
        author: { name: 'bench', email: 'bench@factdesk.invalid' },
      }),
    );
    await session.close();
    if (profiles) await mkdir(profiles, { recursive: true });
    const builds = [
      ...(compared ? [['compared', compared] as const] : []),
      ['current', join(root, 'dist')] as const,
    ];
    const floor: number[] = [];
    const clones = new Map(builds.map(([name]) => [name, [] as number[]]));
    const firstSyncs = new Map(builds.map(([name]) => [name, [] as number[]]));
    for (let run = 0; run < runs; run++) {
      floor.push(await timeMs(() => readAndParseAll(source)));
      for (const [name, build] of builds) {
        const dir = join(scratch, `${name}-${run}.factdesk`);
        const bin = join(build, 'cli', 'factdesk.mjs');
        clones.get(name)!.push(await cli(bin, ['clone', url, dir], `clone-${name}-${run}.cpuprofile`));
        firstSyncs.get(name)!.push(await cli(bin, ['sync', dir], `sync-${name}-${run}.cpuprofile`));
        await rm(dir, { recursive: true, force: true });
      }
    }
    const figures: Record<string, unknown> = {
      claims: claimCount,
      documents,
      runs,
      publishMs: Math.round(publishMs),
      floorReadAndParseAllMedianMs: Math.round(median(floor)),
    };
    for (const [name] of builds) {
      const times = clones.get(name)!;
      figures[name] = {
        cloneMedianMs: Math.round(median(times)),
        cloneMs: times.map(Math.round),
        ratioToFloor: +(median(times) / median(floor)).toFixed(1),
        firstSyncMedianMs: Math.round(median(firstSyncs.get(name)!)),
        firstSyncRatioToFloor: +(median(firstSyncs.get(name)!) / median(floor)).toFixed(1),
      };
    }
    if (compared) {
      figures.speedUp = +(median(clones.get('compared')!) / median(clones.get('current')!)).toFixed(2);
    }
    return figures;
  } finally {
    await server.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
