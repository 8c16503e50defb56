import { createHmac, createSecretKey, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { UserError } from '../../shared/errors';
import { MIN_PASSPHRASE_LENGTH, WRONG_PASSPHRASE } from '../../shared/ipc/open-refusals';
import type { FileCodec } from '../storage/file-codec';
import type { EncryptionHeader, Kdf } from './encryption-header';
import { gcmCodec } from './gcm-codec';

/** scrypt's cost for new projects: N = 2^16 (64 MiB, about half a second), r = 8, p = 1. */
export const DEFAULT_LOG_N = 16;
const KEY_CHECK_TEXT = 'factdesk key check v1';
const MIN_PASSPHRASE = MIN_PASSPHRASE_LENGTH;
const MAX_PASSPHRASE = 1024;

/** Makes the header of a new encrypted project and its codec. `logN` (15 or more) sets scrypt's cost. */
export async function createProjectKey(
  passphrase: string,
  logN = DEFAULT_LOG_N,
): Promise<{ header: EncryptionHeader; codec: FileCodec }> {
  const normalized = checkNewPassphrase(passphrase);
  const kdf: Kdf = {
    name: 'scrypt',
    N: 2 ** Math.max(15, logN),
    r: 8,
    p: 1,
    salt: randomBytes(32).toString('base64'),
  };
  const keys = await deriveKeys(normalized, kdf);
  const header: EncryptionHeader = {
    format: 'factdesk-encryption',
    version: 1,
    cipher: 'aes-256-gcm',
    kdf,
    keyCheck: keys.check,
    note: 'This Factdesk project is encrypted with a passphrase. Its files cannot be read without the passphrase and this file.',
  };
  return { header, codec: keys.codec };
}

/** The codec of an encrypted project, when `passphrase` is its passphrase; else a clear refusal. */
export async function unlockProjectKey(header: EncryptionHeader, passphrase: string): Promise<FileCodec> {
  const keys = await deriveKeys(passphrase.normalize('NFC'), header.kdf);
  const expected = Buffer.from(header.keyCheck, 'base64');
  const actual = Buffer.from(keys.check, 'base64');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    throw new UserError(WRONG_PASSPHRASE, 'wrong-passphrase');
  }
  return keys.codec;
}

/** Refuses passphrases too short to protect anything, or absurdly long; returns it normalized (NFC). */
export function checkNewPassphrase(passphrase: string): string {
  const normalized = passphrase.normalize('NFC');
  if ([...normalized].length < MIN_PASSPHRASE)
    throw new UserError(`A passphrase needs at least ${MIN_PASSPHRASE} characters.`, 'refused');
  if (normalized.length > MAX_PASSPHRASE)
    throw new UserError(`A passphrase can have at most ${MAX_PASSPHRASE} characters.`, 'refused');
  return normalized;
}

/** scrypt → 64 bytes: the AES key and the HMAC key (kept only as key objects), and the key check. */
async function deriveKeys(passphrase: string, kdf: Kdf): Promise<{ codec: FileCodec; check: string }> {
  const material = await new Promise<Buffer>((resolve, reject) =>
    scrypt(
      passphrase,
      Buffer.from(kdf.salt, 'base64'),
      64,
      { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
  const cipherKey = createSecretKey(material.subarray(0, 32));
  const macKey = createSecretKey(material.subarray(32, 64));
  material.fill(0);
  const check = createHmac('sha256', macKey)
    .update(`${KEY_CHECK_TEXT}|${kdf.name}|${kdf.N}|${kdf.r}|${kdf.p}|${kdf.salt}`)
    .digest('base64');
  return { codec: gcmCodec(cipherKey, macKey), check };
}
