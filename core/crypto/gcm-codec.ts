import { createCipheriv, createDecipheriv, createHmac, randomBytes, type KeyObject } from 'node:crypto';
import { DamagedFileError } from '../storage/damaged-file-error';
import { ENCRYPTED_MAGIC, startsWithMagic, type FileCodec } from '../storage/file-codec';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts every file with AES-256-GCM under the project key: `FDX1`, a random 96-bit IV, the
 * ciphertext, the 128-bit tag. The file's path inside the project is the additional data, so a file
 * moved or copied over another is refused like a changed one. Attachment names are an HMAC of
 * their sha256, so the folder does not reveal which known files are attached.
 */
export function gcmCodec(cipherKey: KeyObject, macKey: KeyObject): FileCodec {
  const aad = (name: string) => Buffer.from(`factdesk:${name}`, 'utf8');
  return {
    encrypted: true,
    encode(plain, name) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', cipherKey, iv);
      cipher.setAAD(aad(name));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([ENCRYPTED_MAGIC, iv, body, cipher.getAuthTag()]);
    },
    decode(stored, name) {
      if (!startsWithMagic(stored)) {
        throw new DamagedFileError(
          name,
          `${name} is not encrypted though this project is, so Factdesk will not trust it. It was left untouched.`,
        );
      }
      const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
      const start = ENCRYPTED_MAGIC.length + IV_BYTES;
      if (bytes.length < start + TAG_BYTES) throw failed(name);
      try {
        const decipher = createDecipheriv(
          'aes-256-gcm',
          cipherKey,
          bytes.subarray(ENCRYPTED_MAGIC.length, start),
        );
        decipher.setAAD(aad(name));
        decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
        return Buffer.concat([
          decipher.update(bytes.subarray(start, bytes.length - TAG_BYTES)),
          decipher.final(),
        ]);
      } catch {
        throw failed(name);
      }
    },
    attachmentId: (sha256) => createHmac('sha256', macKey).update(`attachment:${sha256}`).digest('hex'),
  };
}

function failed(name: string): DamagedFileError {
  return new DamagedFileError(
    name,
    `${name} could not be decrypted: it was changed or damaged outside Factdesk (its authentication check failed). It was left untouched.`,
  );
}
