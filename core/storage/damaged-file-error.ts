import { UserError } from '../../shared/errors';

/**
 * A project file that cannot be read as it is (not JSON, not of the format, failed decryption,
 * missing): its message names the file and what is wrong. The file is never written over.
 */
export class DamagedFileError extends UserError {
  constructor(
    /** The file's path inside the project folder. */
    readonly file: string,
    message: string,
    /** The newest good backup, when one is offered. */
    backup?: string,
  ) {
    super(message, 'file-damaged', backup);
  }
}

/** True for a DamagedFileError (also across bundles, where `instanceof` may not hold). */
export function isDamagedFileError(error: unknown): error is DamagedFileError {
  return (
    error instanceof DamagedFileError ||
    (error instanceof Error && 'file' in error && error.name === 'UserError')
  );
}
