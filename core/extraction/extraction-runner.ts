import { Worker } from 'node:worker_threads';
import { extractClaims, type ExtractionResult } from '../../shared/claims';
import { UserError } from '../../shared/errors';

/** What the claim finder is asked to do for one draft. */
export interface ExtractionJob {
  readonly text: string;
  readonly documentDate?: string;
  readonly dismissed?: readonly string[];
}

/** Runs the claim finder: on this thread, or in a worker so the app's main thread stays free. */
export interface ExtractionRunner {
  extract(job: ExtractionJob, onProgress?: (fraction: number) => void): Promise<ExtractionResult>;
}

/** Messages a worker posts back. */
export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: ExtractionResult }
  | { type: 'failed'; message: string };

/** Finds claims on the calling thread (CLI, tests). */
export const inlineRunner: ExtractionRunner = {
  async extract(job, onProgress) {
    return extractClaims(job.text, { documentDate: job.documentDate, dismissed: job.dismissed, onProgress });
  },
};

/**
 * Finds claims in a worker thread, one worker per draft, so a 20 MB draft never stalls the process
 * that serves the window. `workerPath` is the built `dist/workers/extract-worker.mjs`.
 */
export function workerRunner(workerPath: string | URL): ExtractionRunner {
  return {
    extract(job, onProgress) {
      return new Promise((resolve, reject) => {
        const worker = new Worker(workerPath, { workerData: job });
        let settled = false;
        worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'progress') onProgress?.(message.fraction);
          else {
            settled = true;
            void worker.terminate();
            if (message.type === 'done') resolve(message.result);
            else reject(new UserError(message.message));
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
