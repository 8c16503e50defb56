import { Worker } from 'node:worker_threads';
import { UserError } from '../../shared/errors';
import type { ExtractionJob, ExtractionOutcome } from './extraction-job';
import type { ExtractionRunner, WorkerMessage } from './extraction-runner';

/** A runner with workers that stay: `close` ends them. */
export interface ExtractionPool extends ExtractionRunner {
  readonly size: number;
  /** Jobs its workers hold at once (each running one, the others sent ahead); more wait here. */
  readonly jobsHeld: number;
  /**
   * Starts every worker now, without a job: each compiles its bundle and loads the language
   * detector's tables while the caller does other work (opening the project, listing the folder).
   * Resolves once each has said it is ready (or was lost: its job would say why).
   */
  warm(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Jobs a worker is sent ahead of the one it runs. A worker runs its jobs one after another, and the
 * next one is already in its port when one ends: it does not wait for this thread to hand it one
 * while this thread builds, checks or writes a batch (with one job at a time, each worker of a
 * 2,000-draft import stood idle a third of the time). A lone worker is sent more: nothing is to be
 * balanced between workers, and a batch's checks and encoding (about 60 ms of this thread for 200
 * small drafts) outlast 8 small jobs (about 1.3 ms each); with 64 a 2,000-draft import took 0.90x
 * the wall time (5 alternating runs, docs/scale.md). With several workers, 8: a long draft then
 * holds few jobs behind it while another worker may be idle.
 */
function jobsSentAhead(size: number): number {
  return size === 1 ? 64 : 8;
}

interface Queued {
  readonly job: ExtractionJob;
  readonly onProgress?: (fraction: number) => void;
  readonly resolve: (outcome: ExtractionOutcome) => void;
  readonly reject: (error: unknown) => void;
}

interface PoolWorker {
  readonly worker: Worker;
  /** The jobs sent, in order: the first is the one it runs, the others wait in its port. */
  readonly sent: Queued[];
  /** Resolves when the worker has loaded the language tables, or is lost. */
  readonly ready: Promise<void>;
}

/**
 * Runs jobs in up to `size` worker threads that each run one job after another (a folder of
 * thousands of drafts pays for starting a worker and loading the language detector once per worker,
 * not per draft). Each worker is sent up to `1 + jobsSentAhead(size)` jobs; jobs beyond wait here in
 * order. An idle worker does not keep the process alive; a worker that dies fails the job it was
 * running, and the jobs sent behind it go to a new worker. `workerPath` is the built
 * `dist/workers/extract-worker.mjs`.
 */
export function extractionPool(workerPath: string | URL, size: number): ExtractionPool {
  const ahead = jobsSentAhead(size);
  const workers: PoolWorker[] = [];
  const waiting: Queued[] = [];
  let closed = false;

  /** Sends the worker jobs from the waiting line until it has its fill; an idle worker is let go. */
  const fill = (entry: PoolWorker) => {
    while (entry.sent.length <= ahead && waiting.length > 0) send(entry, waiting.shift()!);
    if (entry.sent.length === 0) entry.worker.unref();
  };

  const start = (): PoolWorker => {
    let isReady = () => {};
    const entry: PoolWorker = {
      worker: new Worker(workerPath, { workerData: { pool: true } }),
      sent: [],
      ready: new Promise<void>((resolve) => (isReady = resolve)),
    };
    entry.worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') return isReady();
      const job = entry.sent[0];
      if (!job) return;
      if (message.type === 'progress') return job.onProgress?.(message.fraction);
      entry.sent.shift();
      if (message.type === 'done') {
        job.onProgress?.(1);
        job.resolve(message.outcome);
      } else job.reject(new UserError(message.message, message.code));
      // The worker starts the next job sent to it now.
      entry.sent[0]?.onProgress?.(0);
      fill(entry);
    });
    const lost = (error: Error) => {
      isReady();
      const at = workers.indexOf(entry);
      if (at < 0) return; // closed, or already counted lost
      workers.splice(at, 1);
      const [running, ...behind] = entry.sent.splice(0);
      running?.reject(error);
      // The jobs sent behind the one that failed go first to a new worker.
      waiting.unshift(...behind);
      if (waiting.length > 0 && !closed) fill(start());
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

  const send = (entry: PoolWorker, job: Queued) => {
    entry.sent.push(job);
    entry.worker.ref();
    entry.worker.postMessage(job.job);
    // The worker tells only the fractions between 0 and 1 (extract-worker.ts): 0 when it starts the job.
    if (entry.sent.length === 1) job.onProgress?.(0);
  };

  /** The worker with the fewest jobs sent, or a new one while there are fewer than `size`. */
  const leastBusy = (): PoolWorker | undefined => {
    const idle = workers.find((entry) => entry.sent.length === 0);
    if (idle) return idle;
    if (!closed && workers.length < size) return start();
    const least = workers.reduce<PoolWorker | undefined>(
      (best, entry) => (best && best.sent.length <= entry.sent.length ? best : entry),
      undefined,
    );
    return least && least.sent.length <= ahead ? least : undefined;
  };

  return {
    size,
    jobsHeld: size * (1 + ahead),
    async warm() {
      while (!closed && workers.length < size) start();
      await Promise.all(workers.map((entry) => entry.ready));
    },
    run(job, onProgress) {
      if (closed) return Promise.reject(new Error('the extraction pool is closed'));
      return new Promise<ExtractionOutcome>((resolve, reject) => {
        const queued: Queued = { job, onProgress, resolve, reject };
        const entry = leastBusy();
        if (entry) send(entry, queued);
        else waiting.push(queued);
      });
    },
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) job.reject(new Error('the extraction pool is closed'));
      const ending = workers.splice(0);
      await Promise.all(ending.map((entry) => entry.worker.terminate()));
      for (const entry of ending) {
        for (const job of entry.sent.splice(0)) job.reject(new Error('the extraction pool is closed'));
      }
    },
  };
}
