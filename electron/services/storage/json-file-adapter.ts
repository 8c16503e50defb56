import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { UserError } from '../../../shared/errors';
import { migrate, type Migration } from '../../../shared/schema/migrate';
import { writeFileDurably } from './durable-write';

/** How a file is checked when read: its schema, and optionally the migrations that bring it up to date. */
export interface JsonFileRules<T> {
  readonly schema: z.ZodType<T>;
  /** A short name for messages, e.g. `project.json`. */
  readonly label: string;
  readonly versioning?: { readonly current: number; readonly migrations: readonly Migration[] };
}

/**
 * A lowdb adapter for one JSON file that writes durably (temp, fsync, rename, fsync folder) and
 * validates on read: a file that is not JSON or not of the schema is refused with a sentence naming
 * the file and what is wrong, and is never overwritten. (lowdb's own JSONFile renames without fsync.)
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly rules: JsonFileRules<T>,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new UserError(`Factdesk could not read ${this.rules.label}: ${describeIoError(error)}.`);
    }
    return parseJsonFile(text, this.rules);
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, JSON.stringify(data));
  }
}

/** Parses and validates the text of a JSON file by its rules; every failure is a UserError. */
export function parseJsonFile<T>(text: string, rules: JsonFileRules<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new UserError(`${rules.label} is damaged: it is not valid JSON. It was left untouched.`);
  }
  const data = rules.versioning
    ? migrate(raw, rules.versioning.current, rules.versioning.migrations, rules.label)
    : raw;
  const result = rules.schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new UserError(
      `${rules.label} is damaged: ${issue?.message ?? 'it does not match the project format'}${where}. It was left untouched.`,
    );
  }
  return result.data;
}

/** A short human description of a file-system error. */
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
