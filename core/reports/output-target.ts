import { constants } from 'node:fs';
import { open, readlink, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Where a report named by a path really goes. `file`: a regular file, or one not made yet, replaced
 * whole at `path` (links followed) by a temporary file and a rename. `stream`: anything else that is
 * there (a FIFO, a terminal, /dev/full, /dev/stdout), written to as it is, since renaming over it
 * would replace it with a regular file.
 */
export interface OutputTarget {
  readonly kind: 'file' | 'stream';
  readonly path: string;
}

/** How many symbolic links a path may pass through, as Linux allows (ELOOP beyond). */
const MAX_LINKS = 40;

/** Follows `path`'s symbolic links to what they name, and says how to write there. */
export async function outputTarget(path: string): Promise<OutputTarget> {
  let found;
  try {
    found = await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { kind: 'file', path: await missingTarget(path) };
  }
  if (found.isFile()) return { kind: 'file', path: await realpath(path) };
  // A folder is left to the rename, which refuses it in the usual sentence.
  if (found.isDirectory()) return { kind: 'file', path };
  return { kind: 'stream', path };
}

/** The file a path names that is not there yet: itself, or the end of its chain of dangling links. */
async function missingTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let links = 0; links < MAX_LINKS; links++) {
    let next;
    try {
      next = await readlink(current);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Not a link (EINVAL) or not there (ENOENT): this is the file to make.
      if (code === 'EINVAL' || code === 'ENOENT') return current;
      throw error;
    }
    current = resolve(dirname(current), next);
  }
  throw Object.assign(new Error(`Too many symbolic links: ${path}`), { code: 'ELOOP' });
}

/** Writes `bytes` to what is at `path` without truncating or replacing it (a FIFO waits for its reader). */
export async function writeToStream(path: string, bytes: string | Uint8Array): Promise<void> {
  const handle = await open(path, constants.O_WRONLY);
  try {
    await handle.writeFile(bytes);
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
  await handle.close();
}
