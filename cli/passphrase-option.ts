import type { ProjectAccess } from '../core/crypto/project-codec';
import { readPassphrase } from '../core/crypto/passphrase-source';

let passphrase: string | undefined;

/**
 * Reads the passphrase for this run once: the first line of `--passphrase-file F`, else
 * FACTDESK_PASSPHRASE. It stays in this process's memory; it is never printed or written.
 */
export async function usePassphrase(file: string | undefined): Promise<void> {
  passphrase = await readPassphrase(file, process.env);
}

/** How commands open projects: with the run's passphrase, if it has one (a plain project ignores it). */
export function projectAccess(): ProjectAccess {
  return passphrase === undefined ? {} : { passphrase };
}
