import { Worker } from 'node:worker_threads';
import { extractClaims, type ExtractionResult } from '../../shared/claims';
import { UserError } from '../../shared/errors';
import { draftFromBytes, type DraftText } from '../drafts/read-draft';

/** What the claim finder is asked to do for one draft. */
export interface ExtractionJob {
  readonly text: string;
  readonly documentDate?: string;
  readonly dismissed?: readonly string[];
}

/** What the worker is asked to read: a draft file's bytes (Word and PDF parsing is heavy). */
export interface ReadJob {
  readonly read: { readonly fileName: string; readonly bytes: Uint8Array };
}

/**
 * Runs the claim finder and the draft readers: on this thread, or in a worker so the app's main
 * thread stays free.
 */
export interface ExtractionRunner {
  extract(job: ExtractionJob, onProgress?: (fraction: number) => void): Promise<ExtractionResult>;
  /** A draft's text from its file's bytes (`draftFromBytes`); its sentence when it cannot be read. */
  readDraft(fileName: string, bytes: Uint8Array): Promise<DraftText>;
}

/** Messages a worker posts back; `failed` with `sentence` is a UserError's, for the person. */
export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: ExtractionResult }
  | { type: 'read'; draft: DraftText }
  | { type: 'failed'; message: string };

/** Finds claims and reads drafts on the calling thread (CLI, tests). */
export const inlineRunner: ExtractionRunner = {
  async extract(job, onProgress) {
    return extractClaims(job.text, { documentDate: job.documentDate, dismissed: job.dismissed, onProgress });
  },
  readDraft: draftFromBytes,
};

/**
 * Finds claims and reads drafts in a worker thread, one worker per draft, so a 20 MB draft or a
 * 2,000-page PDF never stalls the process that serves the window. `workerPath` is the built
 * `dist/workers/extract-worker.mjs`.
 */
export function workerRunner(workerPath: string | URL): ExtractionRunner {
  function run<T>(
    job: ExtractionJob | ReadJob,
    settle: (message: WorkerMessage) => T | undefined,
    onProgress?: (fraction: number) => void,
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(workerPath, { workerData: job });
      let settled = false;
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') return onProgress?.(message.fraction);
        settled = true;
        void worker.terminate();
        if (message.type === 'failed') return reject(new UserError(message.message, 'unreadable-draft'));
        const value = settle(message);
        if (value === undefined) reject(new Error(`the worker answered ${message.type} out of turn`));
        else resolve(value);
      });
      worker.on('error', (error) => {
        settled = true;
        reject(error);
      });
      worker.on('exit', (code) => {
        if (!settled) reject(new Error(`the claim finder stopped unexpectedly (exit ${code})`));
      });
    });
  }
  return {
    extract: (job, onProgress) =>
      run(job, (message) => (message.type === 'done' ? message.result : undefined), onProgress),
    readDraft: (fileName, bytes) =>
      run({ read: { fileName, bytes } }, (message) => (message.type === 'read' ? message.draft : undefined)),
  };
}
