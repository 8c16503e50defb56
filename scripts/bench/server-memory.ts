// The web workbench's memory alone, without a browser: `npx tsx scripts/bench/server-memory.ts N [BUILD…]`
// (after `npm run build`) serves a generated project of N claims with dist/, or with each build folder
// named, in turn, each on a fresh copy of the project, and prints the server's peak resident memory
// (VmHWM, Linux) at three points: the project open, every claims page asked for as the renderer asks
// (the first 1,000 rows, then 5,000 at a time), and 12 claims selected and marked verified; and the
// times: the server's start (Node's start and the project's open), the first page, all pages.
// `--project DIR` uses that project instead of generating one.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seedChecker } from '../../e2e/support/seed-checker';
import { startServer } from './browser';
import { peakRssMiB } from './process-memory';
import { withProject } from './store';

const root = resolve(import.meta.dirname, '..', '..');

interface PageOf<T> {
  readonly ok: boolean;
  readonly value: T;
}

/** Asks the server on `url` (with its token in the fragment) for `channel`, as the page does. */
function client(url: string) {
  const address = new URL(url);
  const token = address.hash.replace('#token=', '');
  return async <T>(channel: string, args: unknown): Promise<T> => {
    const response = await fetch(`${address.origin}/api/invoke/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-factdesk-token': token },
      body: JSON.stringify(args),
    });
    const envelope = (await response.json()) as PageOf<T>;
    if (!envelope.ok) throw new Error(`${channel} was refused: ${JSON.stringify(envelope)}`);
    return envelope.value;
  };
}

async function measureBuild(build: string, project: string) {
  const work = await mkdtemp(join(tmpdir(), 'factdesk-server-memory-'));
  const dir = join(work, 'copy.factdesk');
  await cp(project, dir, { recursive: true });
  const userData = join(work, 'user-data');
  await seedChecker(userData);
  const started = performance.now();
  const server = await startServer(build, dir, userData);
  const startMs = performance.now() - started;
  const exited = new Promise((done) => server.child.once('exit', done));
  try {
    const peak = () => Math.round((peakRssMiB(server.child.pid) ?? Number.NaN) * 10) / 10;
    const opened = peak();
    const call = client(server.url);
    type Page = { rows: { id: string }[]; total: number };
    const asked = performance.now();
    const [, first] = await Promise.all([
      call('project:current', {}),
      call<Page>('claims:page', { offset: 0, limit: 1_000 }),
    ]);
    const firstPageMs = performance.now() - asked;
    for (let offset = first.rows.length; offset < first.total; offset += 5_000) {
      await call('claims:page', { offset, limit: 5_000 });
    }
    const pagesMs = performance.now() - asked;
    const paged = peak();
    for (const { id } of first.rows.slice(2, 14)) {
      await call('claim:get', { claimId: id });
      await call('claim:setStatus', { claimId: id, status: 'verified' });
    }
    const ms = (value: number) => Math.round(value);
    return {
      build,
      openMiB: opened,
      pagesMiB: paged,
      marksMiB: peak(),
      startMs: ms(startMs),
      firstPageMs: ms(firstPageMs),
      pagesMs: ms(pagesMs),
    };
  } finally {
    server.child.kill('SIGTERM');
    await exited;
    await rm(work, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const projectAt = args.indexOf('--project');
const project = projectAt >= 0 ? args.splice(projectAt, 2)[1] : undefined;
// Without --project, the first argument is the number of claims.
const [size = '100000', ...builds] = project ? ['', ...args] : args;
const measure = async (dir: string) => {
  const results = [];
  for (const build of builds.length > 0 ? builds : ['dist']) {
    results.push(await measureBuild(resolve(root, build), dir));
  }
  return results;
};
const load = loadavg()[0]!.toFixed(1);
const results = project ? await measure(resolve(project)) : await withProject(Number(size), measure);
console.log(JSON.stringify({ loadAverage: [load, loadavg()[0]!.toFixed(1)], results }, null, 2));
