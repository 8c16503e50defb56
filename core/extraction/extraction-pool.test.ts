// The extraction pool with the real worker bundle (built by the test run's global setup): workers
// started ahead of their jobs say when their language tables are loaded, then run jobs as a pool
// started by its first job does, and a pool is closed whether or not it ever ran a job. Jobs are sent
// to a worker ahead of the one it runs; when it dies, only the job it ran fails.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_SAMPLE, tempDir } from '../../test-support/temp-dir';
import { extractionPool, type ExtractionPool } from './extraction-pool';
import { inlineRunner } from './extraction-runner';

const builtWorker = new URL('../../dist/workers/extract-worker.mjs', import.meta.url);
const pools: ExtractionPool[] = [];
/** A stand-in worker that echoes each job's text back, and exits when the text is "die". */
const ECHO_WORKER = `import { parentPort } from 'node:worker_threads';
parentPort.postMessage({ type: 'ready' });
parentPort.on('message', (job) => {
  if (job.source.text === 'die') process.exit(3);
  const draft = { fileName: job.source.fileName, format: 'txt', text: job.source.text };
  parentPort.postMessage({ type: 'done', outcome: { draft, found: { claims: [] } } });
});
`;

const textJob = (text: string) => ({ source: { kind: 'text' as const, fileName: `${text}.txt`, text } });

const pool = (size: number, path: URL = builtWorker) => {
  const made = extractionPool(path, size);
  pools.push(made);
  return made;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((made) => made.close()));
});

describe('extraction pool', () => {
  it('starts its workers before any job, and they find what this thread finds', async () => {
    const warm = pool(2);
    await warm.warm();
    const seed = (await readFile(SEED_SAMPLE, 'utf8')).replace(/\r\n?/g, '\n');
    const paragraphs = seed.split('\n\n');
    const jobs = [0, 1, 2].map((at) => ({
      source: { kind: 'text', fileName: `s${at}.txt`, text: paragraphs.slice(at, at + 4).join('\n\n') },
    })) as { source: { kind: 'text'; fileName: string; text: string } }[];
    const inWorkers = await Promise.all(jobs.map((job) => warm.run(job)));
    const here = await Promise.all(jobs.map((job) => inlineRunner.run(job)));
    expect(inWorkers.map((outcome) => outcome.found)).toEqual(here.map((outcome) => outcome.found));
    expect(inWorkers.every((outcome) => outcome.found.language === 'en')).toBe(true);
  });

  it('tells each job 0 when it is given and 1 when it is done, without the worker posting them', async () => {
    const two = pool(1);
    const progress: number[][] = [[], []];
    const jobs = [0, 1].map((at) =>
      two.run(
        { source: { kind: 'text', fileName: `p${at}.txt`, text: `Turnout was ${at + 40}% in 2019.` } },
        (f) => progress[at]!.push(f),
      ),
    );
    // The second waits for the only worker: told nothing yet.
    expect(progress).toEqual([[0], []]);
    await Promise.all(jobs);
    expect(progress).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it('sends a worker jobs ahead, and gives the jobs behind one that killed it to a new worker', async () => {
    const path = join(await tempDir(), 'echo-worker.mjs');
    await writeFile(path, ECHO_WORKER);
    const one = pool(1, pathToFileURL(path));
    expect(one.jobsHeld).toBeGreaterThan(one.size);
    const texts = Array.from({ length: one.jobsHeld + 3 }, (_, at) => (at === 2 ? 'die' : `t${at}`));
    const settled = await Promise.allSettled(texts.map((text) => one.run(textJob(text))));
    expect(
      settled.map((entry) => (entry.status === 'fulfilled' ? entry.value.draft.text : 'failed')),
    ).toEqual(texts.map((text) => (text === 'die' ? 'failed' : text)));
    expect(String((settled[2] as PromiseRejectedResult).reason)).toMatch(/stopped unexpectedly \(exit 3\)/);
  });

  it('closes with workers that never had a job, and refuses jobs after', async () => {
    const idle = pool(2);
    await idle.warm();
    await idle.close();
    await expect(idle.run({ source: { kind: 'text', fileName: 'x.txt', text: 'x' } })).rejects.toThrow(
      'the extraction pool is closed',
    );
  });

  it('is warm (not stuck) when its workers cannot start, and each job says why', async () => {
    const broken = pool(1, new URL('file:///nonexistent/worker.mjs'));
    await broken.warm();
    await expect(broken.run({ source: { kind: 'text', fileName: 'x.txt', text: 'x' } })).rejects.toThrow();
  });
});
