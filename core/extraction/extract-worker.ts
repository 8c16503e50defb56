// Worker thread entry: runs extraction jobs (reading the draft, PDF and Word included, then finding its
// claims), posting progress on long ones, then the outcome or the sentence saying why it failed. Started with a job
// as its data, it runs that one job; started with `{ pool: true }`, it runs each job it is sent, one
// at a time, until it is terminated (a worker of an extraction pool); a pool worker loads the language
// detector's tables as soon as it starts, so they are ready when its first job comes.
import { parentPort, workerData } from 'node:worker_threads';
import { loadLanguageDetector } from '../../shared/claims';
import { isUserError } from '../../shared/errors';
import { runExtractionJob, type ExtractionJob } from './extraction-job';
import type { WorkerMessage } from './extraction-runner';

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

async function runOne(job: ExtractionJob): Promise<void> {
  try {
    // Only the fractions between: whoever runs the job says 0 when it gives it and 1 when it is done, so a
    // small draft's job costs one message back, not three (each wakes the thread that gets it).
    // This thread runs one job at a time: its draft file is read in blocking calls.
    const outcome = await runExtractionJob(
      job,
      (fraction) => {
        if (fraction > 0 && fraction < 1) post({ type: 'progress', fraction });
      },
      true,
    );
    post({ type: 'done', outcome });
  } catch (error) {
    // A draft that cannot be read says why in one sentence; anything else is not the person's to fix.
    post(
      isUserError(error)
        ? { type: 'failed', code: error.code, message: error.message }
        : {
            type: 'failed',
            code: 'unreadable-draft',
            message: 'The claim finder could not read this draft.',
          },
    );
  }
}

if ((workerData as { pool?: boolean } | null)?.pool) {
  // The pool sends jobs ahead (extraction-pool.ts): each runs once the one before is done, in order.
  let previous = Promise.resolve();
  parentPort?.on('message', (job: ExtractionJob) => {
    previous = previous.then(() => runOne(job));
  });
  // A job that comes meanwhile waits for the same load (runExtractionJob awaits it, and says so if it fails).
  void loadLanguageDetector()
    .catch(() => undefined)
    .then(() => post({ type: 'ready' }));
} else {
  await runOne(workerData as ExtractionJob);
}
