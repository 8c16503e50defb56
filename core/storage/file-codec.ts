import { DamagedFileError } from './damaged-file-error';

/** The first bytes of every encrypted project file; no JSON file can start with them. */
export const ENCRYPTED_MAGIC = Buffer.from('FDX1', 'latin1');

/**
 * How a project's files are stored: as they are, or encrypted. `name` is the file's path inside the
 * project folder (`project.json`, `documents/<id>.json`, `attachments/<id>`), which an encrypting
 * codec binds to the bytes so one file cannot be swapped for another.
 */
export interface FileCodec {
  readonly encrypted: boolean;
  /** The bytes to store for `plain`. */
  encode(plain: Uint8Array, name: string): Uint8Array;
  /** The plain bytes of a stored file; a DamagedFileError when they cannot be had. */
  decode(stored: Uint8Array, name: string): Uint8Array;
  /** The name an attachment with this sha256 is stored under (hides the hash when encrypted). */
  attachmentId(sha256: string): string;
}

/** Files stored as they are (a project without a passphrase). */
export const plainCodec: FileCodec = {
  encrypted: false,
  encode: (plain) => plain,
  decode(stored, name) {
    if (startsWithMagic(stored)) {
      throw new DamagedFileError(
        name,
        `${name} is encrypted, but this project has no encryption.json to say how, so Factdesk cannot read it. It was left untouched.`,
      );
    }
    return stored;
  },
  attachmentId: (sha256) => sha256,
};

/** True when `bytes` begin like an encrypted project file. */
export function startsWithMagic(bytes: Uint8Array): boolean {
  return (
    bytes.length >= ENCRYPTED_MAGIC.length && ENCRYPTED_MAGIC.every((byte, index) => bytes[index] === byte)
  );
}
