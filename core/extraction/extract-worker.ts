// Worker thread entry: runs one extraction job (reading the draft, PDF and Word included, then
// finding its claims), posting progress, then the outcome or the sentence saying why it failed.
import { parentPort, workerData } from 'node:worker_threads';
import { isUserError } from '../../shared/errors';
import { runExtractionJob, type ExtractionJob } from './extraction-job';
import type { WorkerMessage } from './extraction-runner';

const post = (message: WorkerMessage) => parentPort?.postMessage(message);
try {
  const outcome = await runExtractionJob(workerData as ExtractionJob, (fraction) =>
    post({ type: 'progress', fraction }),
  );
  post({ type: 'done', outcome });
} catch (error) {
  // A draft that cannot be read says why in one sentence; anything else is not the person's to fix.
  post(
    isUserError(error)
      ? { type: 'failed', code: error.code, message: error.message }
      : { type: 'failed', code: 'unreadable-draft', message: 'The claim finder could not read this draft.' },
  );
}
