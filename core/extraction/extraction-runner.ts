import { Worker } from 'node:worker_threads';
import { UserError, type ErrorCode } from '../../shared/errors';
import { runExtractionJob, type ExtractionJob, type ExtractionOutcome } from './extraction-job';

export type { ExtractionJob, ExtractionOutcome, JobSource } from './extraction-job';

/** Runs extraction jobs: on this thread, or in a worker so the app's main thread stays free. */
export interface ExtractionRunner {
  run(job: ExtractionJob, onProgress?: (fraction: number) => void): Promise<ExtractionOutcome>;
}

/** Messages a worker posts back (`ready`: a pool worker has loaded the language tables). */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; fraction: number }
  | { type: 'done'; outcome: ExtractionOutcome }
  | { type: 'failed'; code: ErrorCode; message: string };

/** Runs jobs on the calling thread (the command line, tests). */
export const inlineRunner: ExtractionRunner = {
  run: (job, onProgress) => runExtractionJob(job, onProgress),
};

/**
 * Runs each job in its own worker thread, so neither reading a 2,000-page PDF nor finding claims in
 * a 20 MB draft stalls the process that serves the windows. `workerPath` is the built
 * `dist/workers/extract-worker.mjs` (unpacked from the app's archive).
 */
export function workerRunner(workerPath: string | URL): ExtractionRunner {
  return {
    run(job, onProgress) {
      return new Promise((resolve, reject) => {
        const worker = new Worker(workerPath, { workerData: job });
        let settled = false;
        // The worker tells only the fractions between 0 and 1 (extract-worker.ts).
        onProgress?.(0);
        worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'ready') return; // only a pool's worker says so
          if (message.type === 'progress') onProgress?.(message.fraction);
          else {
            settled = true;
            void worker.terminate();
            if (message.type === 'done') {
              onProgress?.(1);
              resolve(message.outcome);
            } else reject(new UserError(message.message, message.code));
          }
        });
        worker.on('error', (error) => {
          settled = true;
          reject(error);
        });
        worker.on('exit', (code) => {
          if (!settled) reject(new Error(`the claim finder stopped unexpectedly (exit ${code})`));
        });
      });
    },
  };
}
