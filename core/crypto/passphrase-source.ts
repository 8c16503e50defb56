import { readFile } from 'node:fs/promises';
import { UserError } from '../../shared/errors';
import { describeIoError } from '../storage/json-file-adapter';

/**
 * The passphrase a command-line run was given: the first line of `--passphrase-file F` (a trailing
 * newline is not part of it), else the FACTDESK_PASSPHRASE variable, else none. It is only ever held
 * in memory.
 */
export async function readPassphrase(
  file: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string | undefined> {
  if (file === undefined) return env.FACTDESK_PASSPHRASE || undefined;
  let text: string;
  try {
    const bytes = await readFile(file);
    if (bytes.length > 4096)
      throw new UserError(`The passphrase file ${file} is larger than 4 kB.`, 'too-large');
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `Factdesk cannot read the passphrase file ${file}: ${describeIoError(error)}.`,
      'io-failed',
    );
  }
  const passphrase = text.split(/\r?\n/, 1)[0] ?? '';
  if (!passphrase) throw new UserError(`The passphrase file ${file} is empty.`, 'refused');
  return passphrase;
}
