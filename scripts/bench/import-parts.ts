// The parts of `factdesk import DIR FOLDER` timed apart in one process, on the same small drafts as
// the folder-import bench: the workers' start (thread up, bundle loaded, eld's tables loaded, a
// first empty job done), each job's round trip through a worker against its own work on this thread,
// the result's message (its structured clone and size), building each document, the batch writes
// (validation, encoding, files and list), and a whole `importInBatches` with a pool as the CLI runs
// it. With FACTDESK_BENCH_BUILD=DIR the workers are that build's (dist/workers otherwise).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { FactdeskDocument } from '../../shared/domain';
import { loadLanguageDetector } from '../../shared/claims';
import { buildDocument } from '../../core/drafts/build-document';
import { DuplicateIndex } from '../../core/documents/duplicate-drafts';
import { importInBatches } from '../../core/documents/import-batches';
import { extractionPool } from '../../core/extraction/extraction-pool';
import {
  findClaimsIn,
  type ExtractionJob,
  type ExtractionOutcome,
} from '../../core/extraction/extraction-job';
import type { WorkerMessage } from '../../core/extraction/extraction-runner';
import { assertDocumentFits } from '../../core/project/document-fast-parse';
import { OpenProject } from '../../core/project/open-project';
import { writeSmallDrafts } from './folder-import';
import { median } from './store';

const root = process.cwd();
const build = resolve(root, process.env.FACTDESK_BENCH_BUILD ?? 'dist');
const workerUrl = pathToFileURL(join(build, 'workers', 'extract-worker.mjs'));

const ms = (value: number) => +value.toFixed(1);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const spread = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: ms(median(sorted)),
    p90: ms(sorted[Math.floor(sorted.length * 0.9)] ?? 0),
    max: ms(sorted.at(-1) ?? 0),
    total: ms(sum(sorted)),
  };
};

/**
 * A pool worker as the CLI starts one, with the moments it came online, said it was ready (builds
 * whose pool workers load the language tables at start) and finished a first empty job.
 */
function startWorker(): Promise<{ worker: Worker; onlineMs: number; readyMs?: number; firstJobMs: number }> {
  const t0 = performance.now();
  const worker = new Worker(workerUrl, { workerData: { pool: true } });
  let onlineMs = 0;
  let readyMs: number | undefined;
  worker.once('online', () => (onlineMs = performance.now() - t0));
  // Ready (the tables loaded) may come after the first empty job is done: heard apart from it.
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'ready') readyMs ??= performance.now() - t0;
  });
  return new Promise((done, fail) => {
    worker.on('error', fail);
    const listen = (message: WorkerMessage) => {
      if (message.type !== 'done' && message.type !== 'failed') return;
      worker.off('message', listen);
      const doneAt = performance.now();
      // Wait a moment for a ready that comes right after, so the figure says whether it came.
      setTimeout(
        () =>
          done({
            worker,
            onlineMs,
            ...(readyMs === undefined ? {} : { readyMs }),
            firstJobMs: doneAt - t0,
          }),
        50,
      );
    };
    worker.on('message', listen);
    worker.postMessage({ source: { kind: 'text', fileName: 'warm.txt', text: '' } } satisfies ExtractionJob);
  });
}

/** Runs one job in a started worker; resolves with the outcome and its round trip. */
function roundTrip(worker: Worker, job: ExtractionJob): Promise<{ outcome: ExtractionOutcome; ms: number }> {
  const t0 = performance.now();
  return new Promise((done, fail) => {
    const listen = (message: WorkerMessage) => {
      if (message.type === 'progress' || message.type === 'ready') return;
      worker.off('message', listen);
      if (message.type === 'done') done({ outcome: message.outcome, ms: performance.now() - t0 });
      else fail(new Error(message.message));
    };
    worker.on('message', listen);
    worker.postMessage(job);
  });
}

/** eld's tables loaded alone in a fresh thread (nothing else of ours in it). */
function eldLoadMs(): Promise<number> {
  const eld = pathToFileURL(join(root, 'node_modules/eld/src/entries/static.extrasmall.js')).href;
  const code = `const { parentPort } = require('node:worker_threads'); const t0 = performance.now();
    import(${JSON.stringify(eld)}).then(() => parentPort.postMessage(performance.now() - t0));`;
  const worker = new Worker(code, { eval: true });
  return new Promise((done) =>
    worker.once('message', (value: number) => void worker.terminate().then(() => done(value))),
  );
}

/** Each draft's round trip through started workers, one job per worker at a time; and the outcomes. */
async function jobsThroughWorkers(workers: readonly Worker[], paths: readonly string[]) {
  const trips: number[] = [];
  const outcomes: ExtractionOutcome[] = new Array(paths.length);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    workers.map(async (worker) => {
      while (next < paths.length) {
        const at = next++;
        const { outcome, ms: trip } = await roundTrip(worker, { source: { kind: 'file', path: paths[at]! } });
        trips.push(trip);
        outcomes[at] = outcome;
      }
    }),
  );
  return { wallMs: performance.now() - t0, trips, outcomes };
}

/** The same jobs on this thread (the work itself), and each outcome's message: its clone and size. */
async function jobsOnThisThread(paths: readonly string[]) {
  await loadLanguageDetector();
  const inline: number[] = [];
  const clone: number[] = [];
  let messageBytes = 0;
  for (const path of paths) {
    const t0 = performance.now();
    const text = await readFile(path, 'utf8');
    const outcome = findClaimsIn({ fileName: path, format: 'txt', text });
    inline.push(performance.now() - t0);
    const t1 = performance.now();
    structuredClone(outcome);
    clone.push(performance.now() - t1);
    messageBytes += serialize(outcome).length;
  }
  return { inline, clone, meanMessageBytes: Math.round(messageBytes / paths.length) };
}

/** Building the documents and checking them for duplicates, as the batches do. */
function buildDocuments(outcomes: readonly ExtractionOutcome[]) {
  const t0 = performance.now();
  const duplicates = new DuplicateIndex();
  const docs: FactdeskDocument[] = [];
  for (const outcome of outcomes) {
    duplicates.find(outcome.draft, outcome.draft.fileName);
    const doc = buildDocument(outcome, 'bench');
    duplicates.add(doc);
    docs.push(doc);
  }
  return { docs, ms: performance.now() - t0 };
}

/**
 * The batch writes (200 a batch) into a new project, with the documents' validation (as addDocuments
 * validates them) and encoding apart.
 */
async function batchWrites(dir: string, docs: readonly FactdeskDocument[]) {
  const t0 = performance.now();
  for (const doc of docs) assertDocumentFits(doc);
  const validateMs = performance.now() - t0;
  const t1 = performance.now();
  for (const doc of docs) JSON.stringify(doc);
  const encodeMs = performance.now() - t1;
  const project = await OpenProject.create(dir, 'Batches', { tool: 'bench', backups: false });
  const batchMs: number[] = [];
  for (let at = 0; at < docs.length; at += 200) {
    const t2 = performance.now();
    await project.addDocuments(docs.slice(at, at + 200));
    batchMs.push(performance.now() - t2);
  }
  await project.close();
  return { validateMs, encodeMs, batchMs };
}

/** A whole import with a pool, as the CLI runs it, with when its first draft was done. */
async function wholeImport(dir: string, paths: readonly string[], size: number) {
  const project = await OpenProject.create(dir, 'Whole', { tool: 'bench', backups: false });
  const t0 = performance.now();
  const pool = extractionPool(workerUrl, size);
  let firstDoneMs = 0;
  await importInBatches(
    project,
    paths.map((path) => ({ name: path, source: { kind: 'file', path } })),
    {
      runner: pool,
      jobsAtOnce: size * 2,
      checker: 'bench',
      hold: 'same-text',
      onProgress: ({ index }) => {
        if (index >= 1 && !firstDoneMs) firstDoneMs = performance.now() - t0;
      },
    },
  );
  const wallMs = performance.now() - t0;
  await pool.close();
  await project.close();
  return { wallMs, firstDoneMs };
}

export async function measureImportParts(drafts = 2_000): Promise<Record<string, unknown>> {
  const scratch = await mkdtemp(join(tmpdir(), 'factdesk-bench-import-parts-'));
  try {
    const folder = join(scratch, 'drafts');
    const mb = (await writeSmallDrafts(folder, drafts)) / 1e6;
    const paths = (await readdir(folder)).sort().map((name) => join(folder, name));
    const size = availableParallelism();
    // The workers' start, twice (`size` workers at once, as the pool starts them); the second pair runs the jobs.
    const first = await Promise.all(Array.from({ length: size }, startWorker));
    await Promise.all(first.map(({ worker }) => worker.terminate()));
    const second = await Promise.all(Array.from({ length: size }, startWorker));
    const jobs = await jobsThroughWorkers(
      second.map(({ worker }) => worker),
      paths,
    );
    await Promise.all(second.map(({ worker }) => worker.terminate()));
    const eldAloneMs = await eldLoadMs();
    const here = await jobsOnThisThread(paths);
    const built = buildDocuments(jobs.outcomes);
    const writes = await batchWrites(join(scratch, 'batches.factdesk'), built.docs);
    const whole = await wholeImport(join(scratch, 'whole.factdesk'), paths, size);
    return {
      drafts,
      megabytes: +mb.toFixed(1),
      workers: size,
      workerStarts: [first, second].map((run) =>
        run.map(({ onlineMs, readyMs, firstJobMs }) => ({
          onlineMs: ms(onlineMs),
          ...(readyMs === undefined ? {} : { readyMs: ms(readyMs) }),
          firstEmptyJobDoneMs: ms(firstJobMs),
        })),
      ),
      eldTablesLoadAloneMs: ms(eldAloneMs),
      jobsThroughStartedWorkers: {
        wallMs: ms(jobs.wallMs),
        MBps: +(mb / (jobs.wallMs / 1000)).toFixed(2),
        roundTripMs: spread(jobs.trips),
      },
      sameJobsOnThisThreadMs: spread(here.inline),
      resultMessage: { structuredCloneMs: spread(here.clone), meanBytes: here.meanMessageBytes },
      buildDocumentsAndDuplicatesMs: ms(built.ms),
      validateDocumentsMs: ms(writes.validateMs),
      jsonEncodeDocumentsMs: ms(writes.encodeMs),
      addDocumentsBatchesMs: spread(writes.batchMs),
      wholeImport: {
        ms: ms(whole.wallMs),
        MBps: +(mb / (whole.wallMs / 1000)).toFixed(2),
        firstDraftDoneMs: ms(whole.firstDoneMs),
      },
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
