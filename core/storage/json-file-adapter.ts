import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { UserError } from '../../shared/errors';
import { migrate, type Migration } from '../../shared/schema/migrate';
import { DamagedFileError } from './damaged-file-error';
import { writeFileDurably } from './durable-write';
import { plainCodec, type FileCodec } from './file-codec';

/** How a file is checked when read: its schema, and optionally the migrations that bring it up to date. */
export interface JsonFileRules<T> {
  readonly schema: z.ZodType<T>;
  /** The file's path inside its folder, for messages (and, encrypted, bound to its bytes): `project.json`. */
  readonly label: string;
  readonly versioning?: { readonly current: number; readonly migrations: readonly Migration[] };
  /** How the bytes are stored; plain unless the project is encrypted. */
  readonly codec?: FileCodec;
  /**
   * A faster check that returns the data only when `schema` certainly accepts it unchanged, and null
   * to let `schema` decide (and word the refusal); it must never accept what `schema` refuses.
   */
  readonly fastParse?: (data: unknown) => T | null;
  /** Awaited before every write: a document waits for the change log that records its changes. */
  readonly beforeWrite?: () => Promise<void>;
}

/**
 * A lowdb adapter for one JSON file that writes durably (temp, fsync, rename, fsync folder) and
 * validates on read: a file that is not JSON or not of the schema is refused with a sentence naming
 * the file and what is wrong, and is never overwritten. (lowdb's own JSONFile renames without fsync.)
 */
export class DurableJsonFile<T> implements Adapter<T> {
  /** The schema version the file had on disk when last read (before any upgrade), if it has one. */
  storedVersion: number | undefined;

  constructor(
    readonly path: string,
    private readonly rules: JsonFileRules<T>,
  ) {}

  async read(): Promise<T | null> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new UserError(
        `Factdesk could not read ${this.rules.label}: ${describeIoError(error)}.`,
        'io-failed',
      );
    }
    return parseJsonFile(
      decodeText(bytes, this.rules),
      this.rules,
      (version) => (this.storedVersion = version),
    );
  }

  async write(data: T): Promise<void> {
    await this.rules.beforeWrite?.();
    await writeFileDurably(this.path, this.encode(data));
  }

  /** The bytes `write` puts in the file (encrypted when the project is): for a group write of new files. */
  encode(data: T): Uint8Array {
    const codec = this.rules.codec ?? plainCodec;
    return codec.encode(Buffer.from(JSON.stringify(data)), this.rules.label);
  }
}

const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

/** The text of a stored file: decrypted when the project is encrypted, and strictly UTF-8. */
function decodeText(bytes: Uint8Array, rules: JsonFileRules<unknown>): string {
  const plain = (rules.codec ?? plainCodec).decode(bytes, rules.label);
  // isUtf8 then a plain decode is several times faster than a fatal TextDecoder on large projects;
  // the leading byte order mark is dropped as TextDecoder drops it.
  if (!isUtf8(plain)) {
    throw new DamagedFileError(
      rules.label,
      `${rules.label} is damaged: it is not UTF-8 text. It was left untouched.`,
    );
  }
  const text = Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength);
  const bom = BYTE_ORDER_MARK.every((byte, index) => text[index] === byte);
  return text.toString('utf8', bom ? BYTE_ORDER_MARK.length : 0);
}

/**
 * Parses and validates the text of a JSON file by its rules. A file that is damaged (not JSON, not
 * of the format) is a DamagedFileError; one from a newer Factdesk is a plain UserError (it is not
 * damaged: this build is too old for it).
 */
export function parseJsonFile<T>(
  text: string,
  rules: JsonFileRules<T>,
  onVersion: (version: number | undefined) => void = () => undefined,
): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new DamagedFileError(
      rules.label,
      `${rules.label} is damaged: it is not valid JSON. It was left untouched.`,
    );
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  onVersion(typeof version === 'number' ? version : undefined);
  const data = rules.versioning ? migrateOrRefuse(raw, rules) : raw;
  const fast = rules.fastParse?.(data);
  if (fast) return fast;
  const result = rules.schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where =
      issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.').slice(0, 200)}` : '';
    throw new DamagedFileError(
      rules.label,
      `${rules.label} is damaged: ${oneLine(issue?.message ?? 'it does not match the project format')}${where}. It was left untouched.`,
    );
  }
  return result.data;
}

/** A schema version this far above ours is not a newer Factdesk's: the file is damaged. */
const PLAUSIBLE_VERSIONS_AHEAD = 1000;

function migrateOrRefuse<T>(raw: unknown, rules: JsonFileRules<T>): unknown {
  const { current, migrations } = rules.versioning!;
  const claimed = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof claimed === 'number' && claimed > current + PLAUSIBLE_VERSIONS_AHEAD) {
    throw new DamagedFileError(
      rules.label,
      `${rules.label} is damaged: its schema version is not one any Factdesk wrote. It was left untouched.`,
    );
  }
  try {
    return migrate(raw, current, migrations, rules.label);
  } catch (error) {
    const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
    const newer = typeof version === 'number' && Number.isInteger(version) && version > current;
    if (newer) throw error;
    if (error instanceof UserError) throw new DamagedFileError(rules.label, error.message);
    throw new DamagedFileError(
      rules.label,
      `${rules.label} is damaged: it could not be upgraded to this Factdesk's format. It was left untouched.`,
    );
  }
}

/** A validation message as one short line (zod can quote long values). */
function oneLine(message: string): string {
  const flat = message.replace(/\s+/g, ' ').replace(/\.$/, '');
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}

/** A short human description of a file-system error. */
/**
 * A file named by the person that could not be read, as one refusal: `not-found` when it is not
 * there (nor the folder it would be in), else `io-failed`; the same sentence either way.
 */
export function readRefusal(what: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new UserError(
    `Factdesk cannot read ${what}: ${describeIoError(error)}.`,
    code === 'ENOENT' || code === 'ENOTDIR' ? 'not-found' : 'io-failed',
  );
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENOENT':
      return 'it does not exist';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return code ? `the system reported ${code}` : 'an unexpected error';
  }
}
