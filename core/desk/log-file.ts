import { mkdir, open, readFile, truncate } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DeskEntrySchema, type DeskEntry } from '../../shared/desk';
import { DamagedFileError } from '../storage/damaged-file-error';
import { syncFolder } from '../storage/durable-write';
import type { FileCodec } from '../storage/file-codec';
import { logPath } from './desk-files';

/*
 * A change log on disk: one entry per line, appended and never rewritten. In an encrypted project
 * each line is the base64 of the entry encrypted on its own (bound to its log and its place in it),
 * so a log grows by appending and still shows nothing but ciphertext. A last line without its
 * newline is an append a crash cut short: it was never acknowledged, and is ignored and cut off.
 */

/** The name an entry's line is bound to when encrypted. */
function lineName(replica: string, seq: number): string {
  return `${logPath(replica)}#${seq}`;
}

/** One entry as its line (without the newline). */
export function encodeLine(entry: DeskEntry, codec: FileCodec): string {
  const json = JSON.stringify(entry);
  if (!codec.encrypted) return json;
  return Buffer.from(codec.encode(Buffer.from(json), lineName(entry.replica, entry.seq))).toString('base64');
}

/** Reads one replica's log: every complete line, validated; a damaged line is named, nothing is written. */
export async function readLog(dir: string, replica: string, codec: FileCodec): Promise<DeskEntry[]> {
  const path = logPath(replica);
  let text: string;
  try {
    text = await readFile(join(dir, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const lines = text.split('\n');
  lines.pop(); // what follows the last newline: empty, or a torn append
  return lines.map((line, index) => decodeLine(line, replica, index + 1, codec, path));
}

function decodeLine(line: string, replica: string, seq: number, codec: FileCodec, path: string): DeskEntry {
  const damaged = (why: string) =>
    new DamagedFileError(path, `${path} is damaged at line ${seq}: ${why}. It was left untouched.`);
  let json = line;
  if (codec.encrypted) {
    const plain = codec.decode(Buffer.from(line, 'base64'), lineName(replica, seq));
    json = Buffer.from(plain).toString('utf8');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw damaged('it is not JSON');
  }
  const parsed = DeskEntrySchema.safeParse(raw);
  if (!parsed.success) throw damaged('it is not a change log entry');
  if (parsed.data.replica !== replica || parsed.data.seq !== seq) {
    throw damaged(`it holds entry ${parsed.data.replica}:${parsed.data.seq}, not ${replica}:${seq}`);
  }
  return parsed.data;
}

/** Cuts off a torn last line a crash left (an append never acknowledged); done once before appending. */
export async function cutTornTail(dir: string, replica: string): Promise<void> {
  const path = join(dir, logPath(replica));
  const existing = await readFile(path).catch(() => null);
  if (existing && existing.length > 0 && existing[existing.length - 1] !== 0x0a) {
    await truncate(path, existing.lastIndexOf(0x0a) + 1);
  }
}

/** Appends lines to this replica's log durably (fsync; the folder too when the file is new). */
export async function appendLines(dir: string, replica: string, lines: readonly string[]): Promise<void> {
  const path = join(dir, logPath(replica));
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'a', 0o600);
  let created: boolean;
  try {
    created = (await handle.stat()).size === 0;
    await handle.writeFile(lines.map((line) => `${line}\n`).join(''));
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (created) await syncFolder(dirname(path));
}
