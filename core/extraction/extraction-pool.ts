import { Worker } from 'node:worker_threads';
import { UserError } from '../../shared/errors';
import type { ExtractionJob, ExtractionOutcome } from './extraction-job';
import type { ExtractionRunner, WorkerMessage } from './extraction-runner';

/** A runner with workers that stay: `close` ends them. */
export interface ExtractionPool extends ExtractionRunner {
  readonly size: number;
  /**
   * Starts every worker now, without a job: each compiles its bundle and loads the language
   * detector's tables while the caller does other work (opening the project, listing the folder).
   * Resolves once each has said it is ready (or was lost: its job would say why).
   */
  warm(): Promise<void>;
  close(): Promise<void>;
}

interface Queued {
  readonly job: ExtractionJob;
  readonly onProgress?: (fraction: number) => void;
  readonly resolve: (outcome: ExtractionOutcome) => void;
  readonly reject: (error: unknown) => void;
}

interface PoolWorker {
  readonly worker: Worker;
  current: Queued | null;
  /** Resolves when the worker has loaded the language tables, or is lost. */
  readonly ready: Promise<void>;
}

/**
 * Runs jobs in up to `size` worker threads that each run one job after another (a folder of
 * thousands of drafts pays for starting a worker and loading the language detector once per worker,
 * not per draft). Jobs beyond `size` wait in order. An idle worker does not keep the process alive;
 * a worker that dies fails its job and is replaced by the next job's. `workerPath` is the built
 * `dist/workers/extract-worker.mjs`.
 */
export function extractionPool(workerPath: string | URL, size: number): ExtractionPool {
  const workers: PoolWorker[] = [];
  const waiting: Queued[] = [];
  let closed = false;

  const settle = (entry: PoolWorker) => {
    entry.current = null;
    const next = waiting.shift();
    if (next) give(entry, next);
    else entry.worker.unref();
  };

  const start = (): PoolWorker => {
    let isReady = () => {};
    const entry: PoolWorker = {
      worker: new Worker(workerPath, { workerData: { pool: true } }),
      current: null,
      ready: new Promise<void>((resolve) => (isReady = resolve)),
    };
    entry.worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') return isReady();
      const job = entry.current;
      if (!job) return;
      if (message.type === 'progress') return job.onProgress?.(message.fraction);
      if (message.type === 'done') {
        job.onProgress?.(1);
        job.resolve(message.outcome);
      } else job.reject(new UserError(message.message, message.code));
      settle(entry);
    });
    const lost = (error: Error) => {
      isReady();
      const at = workers.indexOf(entry);
      if (at < 0) return; // closed, or already counted lost
      workers.splice(at, 1);
      entry.current?.reject(error);
      entry.current = null;
      // The jobs still waiting get a new worker.
      const next = waiting.shift();
      if (next && !closed) give(start(), next);
    };
    entry.worker.on('error', lost);
    entry.worker.on('exit', (code) =>
      lost(new Error(`the claim finder stopped unexpectedly (exit ${code})`)),
    );
    workers.push(entry);
    // Idle until given a job: it does not keep the process alive.
    entry.worker.unref();
    return entry;
  };

  const give = (entry: PoolWorker, job: Queued) => {
    entry.current = job;
    entry.worker.ref();
    entry.worker.postMessage(job.job);
    // The worker tells only the fractions between 0 and 1 (extract-worker.ts).
    job.onProgress?.(0);
  };

  return {
    size,
    async warm() {
      while (!closed && workers.length < size) start();
      await Promise.all(workers.map((entry) => entry.ready));
    },
    run(job, onProgress) {
      if (closed) return Promise.reject(new Error('the extraction pool is closed'));
      return new Promise<ExtractionOutcome>((resolve, reject) => {
        const queued: Queued = { job, onProgress, resolve, reject };
        const idle = workers.find((entry) => entry.current === null);
        if (idle) give(idle, queued);
        else if (workers.length < size) give(start(), queued);
        else waiting.push(queued);
      });
    },
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) job.reject(new Error('the extraction pool is closed'));
      const ending = workers.splice(0);
      await Promise.all(ending.map((entry) => entry.worker.terminate()));
      for (const entry of ending) entry.current?.reject(new Error('the extraction pool is closed'));
    },
  };
}
