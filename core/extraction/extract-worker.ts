// Worker thread entry: reads one draft's bytes, or finds the claims in one draft's text and posts
// progress, then the result. A draft that cannot be read is the reader's own sentence.
import { parentPort, workerData } from 'node:worker_threads';
import { extractClaims } from '../../shared/claims';
import { UserError } from '../../shared/errors';
import { draftFromBytes } from '../drafts/read-draft';
import type { ExtractionJob, ReadJob, WorkerMessage } from './extraction-runner';

const job = workerData as ExtractionJob | ReadJob;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

if ('read' in job) {
  const { fileName, bytes } = job.read;
  draftFromBytes(fileName, bytes).then(
    (draft) => post({ type: 'read', draft }),
    (error: unknown) =>
      post({
        type: 'failed',
        message:
          error instanceof UserError
            ? error.message
            : `Factdesk could not read ${fileName}; nothing was imported.`,
      }),
  );
} else {
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
}
