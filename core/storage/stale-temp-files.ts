import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** The temporary files `writeFileDurably` makes beside a target: `.<name>.<12 hex>.tmp`. */
const TEMPORARY = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes temporary files a crash left behind in `folder` (a write that never reached its
 * rename). Only the holder of the project's write lock may call it: no one else writes there.
 * Returns how many were removed.
 */
export async function removeStaleTempFiles(folder: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!TEMPORARY.test(name)) continue;
    await unlink(join(folder, name)).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}
