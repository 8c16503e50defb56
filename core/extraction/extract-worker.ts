// Worker thread entry: finds the claims in one draft and posts progress, then the result.
import { parentPort, workerData } from 'node:worker_threads';
import { extractClaims } from '../../shared/claims';
import type { ExtractionJob, WorkerMessage } from './extraction-runner';

const job = workerData as ExtractionJob;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
try {
  const result = extractClaims(job.text, {
    documentDate: job.documentDate,
    dismissed: job.dismissed,
    onProgress: (fraction) => post({ type: 'progress', fraction }),
  });
  post({ type: 'done', result });
} catch {
  post({ type: 'failed', message: 'The claim finder could not read this draft.' });
}
