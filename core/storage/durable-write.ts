import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `contents` to `path` so that a crash at any moment leaves either the old file or the new
 * one, never a torn one: write a temporary file beside it, fsync it, rename it over the target,
 * then fsync the folder so the rename itself is durable.
 */
export async function writeFileDurably(path: string, contents: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(contents);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/** A file to write as part of a group: its path and its bytes. */
export interface FileToWrite {
  readonly path: string;
  readonly contents: string | Uint8Array;
}

/** How many temporary files of a group are written and fsynced at once. */
const GROUP_WRITES_AT_ONCE = 16;

/**
 * Writes a group of new files as `writeFileDurably` writes one, but with their fsyncs together (a
 * group commit): every temporary file is written and fsynced, then each is renamed over its target,
 * then each folder is fsynced once. Each file alone is old-or-new, never torn; if any temporary file
 * fails, none is renamed and every temporary file is removed. The caller lists the files only once
 * this resolves, so a crash mid-group leaves only files nothing names.
 */
export async function writeFilesDurably(files: readonly FileToWrite[]): Promise<void> {
  const temporaries: string[] = files.map(({ path }) =>
    join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`),
  );
  const made: string[] = [];
  try {
    let next = 0;
    const writer = async () => {
      while (next < files.length) {
        const index = next++;
        const handle = await open(temporaries[index]!, 'wx', 0o600);
        made.push(temporaries[index]!);
        try {
          await handle.writeFile(files[index]!.contents);
          await handle.sync();
        } finally {
          await handle.close();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(GROUP_WRITES_AT_ONCE, files.length) }, writer));
  } catch (error) {
    await Promise.all(made.map((temporary) => unlink(temporary).catch(() => undefined)));
    throw error;
  }
  for (const [index, { path }] of files.entries()) {
    try {
      await rename(temporaries[index]!, path);
    } catch (error) {
      await Promise.all(
        temporaries.slice(index).map((temporary) => unlink(temporary).catch(() => undefined)),
      );
      throw error;
    }
  }
  for (const folder of new Set(files.map(({ path }) => dirname(path)))) await syncFolder(folder);
}

/** fsync a folder so that a rename inside it survives a power loss. Not possible on Windows. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
