import { UserError } from '../../shared/errors';
import { writeFileDurably } from '../storage/durable-write';
import { describeIoError } from '../storage/json-file-adapter';
import type { ReportFile } from './build-report';

/** Writes a finished report to `path` (temporary file, fsync, rename), with a clear sentence on failure. */
export async function saveReportFile(path: string, report: ReportFile): Promise<void> {
  try {
    await writeFileDurably(path, report.bytes);
  } catch (error) {
    throw new UserError(
      `Factdesk cannot save the report to ${path}: ${describeIoError(error)}.`,
      'io-failed',
    );
  }
}
