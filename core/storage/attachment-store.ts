import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { syncFolder, writeFileDurably } from './durable-write';
import type { FileCodec } from './file-codec';

/**
 * Stores an attachment's bytes at `target` (its content-addressed place in the project), durably:
 * copied (or encrypted) beside it, fsynced, renamed into place. A file already there with the
 * expected size is the same content and is kept; one of another size (a copy a crash cut short)
 * is replaced. `name` is the path inside the project, bound to the bytes when encrypted.
 */
export async function storeAttachment(
  sourcePath: string,
  target: string,
  name: string,
  size: number,
  codec: FileCodec,
): Promise<void> {
  const expected = codec.encrypted ? codec.encode(new Uint8Array(0), name).length + size : size;
  const existing = await stat(target).catch(() => null);
  if (existing?.isFile() && existing.size === expected) return;
  if (codec.encrypted) {
    await writeFileDurably(target, codec.encode(await readFile(sourcePath), name));
    return;
  }
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const source = await open(sourcePath, 'r');
  const copy = await open(temporary, 'wx', 0o600);
  try {
    for await (const chunk of source.createReadStream({ autoClose: false }))
      await copy.write(chunk as Buffer);
    await copy.sync();
    await copy.close();
    await rename(temporary, target);
  } catch (error) {
    await copy.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  } finally {
    await source.close().catch(() => undefined);
  }
  await syncFolder(dirname(target));
}
