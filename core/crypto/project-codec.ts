import { UserError } from '../../shared/errors';
import { PASSPHRASE_NEEDED } from '../../shared/ipc/open-refusals';
import { plainCodec, type FileCodec } from '../storage/file-codec';
import { readEncryptionHeader, writeEncryptionHeader } from './encryption-header';
import { createProjectKey, unlockProjectKey } from './project-key';

/** What opens a project's files: its passphrase, or a codec already unlocked in this process. */
export interface ProjectAccess {
  /** The passphrase of an encrypted project; ignored for a project without one. */
  readonly passphrase?: string;
  /** A codec unlocked earlier in this process (reopening after a restore); never leaves memory. */
  readonly codec?: FileCodec;
}

/** The sentence that asks for a passphrase; the renderer shows a passphrase field on it. */
export { PASSPHRASE_NEEDED };

/**
 * How the files of the project at `dir` are read and written: plain when it has no encryption.json,
 * else decrypted with the key derived from the passphrase (refused clearly when it is missing or wrong).
 */
export async function codecForFolder(dir: string, access: ProjectAccess = {}): Promise<FileCodec> {
  const header = await readEncryptionHeader(dir);
  if (!header) return plainCodec;
  if (access.codec?.encrypted) return access.codec;
  if (!access.passphrase) throw new UserError(PASSPHRASE_NEEDED, 'passphrase-needed');
  return unlockProjectKey(header, access.passphrase);
}

/** Writes the encryption header of a new project at `dir` and returns its codec. */
export async function encryptNewProject(dir: string, passphrase: string, logN?: number): Promise<FileCodec> {
  const { header, codec } = await createProjectKey(passphrase, logN);
  await writeEncryptionHeader(dir, header);
  return codec;
}
