import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../shared/errors';
import { writeFileDurably } from '../storage/durable-write';
import { describeIoError } from '../storage/json-file-adapter';

/** The one unencrypted file of an encrypted project: how its key is derived, and a check of it. */
export const ENCRYPTION_FILE = 'encryption.json';

/** scrypt costs a header may ask for: at least 2^15 (32 MiB), at most 2^20 (1 GiB), so a damaged header cannot hang the app. */
export const KdfSchema = z
  .object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 15)
      .max(2 ** 20)
      .refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
    r: z.number().int().min(1).max(16),
    p: z.number().int().min(1).max(4),
    salt: z.base64().min(22).max(128),
  })
  .strict();
/** How the key is derived from the passphrase. */
export type Kdf = z.infer<typeof KdfSchema>;

/** `encryption.json`: the one unencrypted file of an encrypted project. */
export const EncryptionHeaderSchema = z.object({
  format: z.literal('factdesk-encryption'),
  version: z.literal(1),
  cipher: z.literal('aes-256-gcm'),
  kdf: KdfSchema,
  /** HMAC-SHA256 of a fixed text under the derived key: tells a wrong passphrase from damage. */
  keyCheck: z.base64().length(44),
  note: z.string().max(1000).optional(),
});
/** The parsed `encryption.json`. */
export type EncryptionHeader = z.infer<typeof EncryptionHeaderSchema>;

/** Reads a project's encryption header; null when the project is not encrypted. */
export async function readEncryptionHeader(dir: string): Promise<EncryptionHeader | null> {
  let text: string;
  try {
    text = await readFile(join(dir, ENCRYPTION_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UserError(
      `Factdesk could not read ${ENCRYPTION_FILE}: ${describeIoError(error)}.`,
      'io-failed',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = null;
  }
  const header = EncryptionHeaderSchema.safeParse(raw);
  if (!header.success) {
    throw new UserError(
      `${ENCRYPTION_FILE} is damaged, and without it this encrypted project cannot be opened; put back a copy of it from a backup of the project folder. It was left untouched.`,
      'file-damaged',
    );
  }
  return header.data;
}

/** Writes a new project's encryption header, durably. */
export async function writeEncryptionHeader(dir: string, header: EncryptionHeader): Promise<void> {
  await writeFileDurably(join(dir, ENCRYPTION_FILE), `${JSON.stringify(header, null, 2)}\n`);
}
