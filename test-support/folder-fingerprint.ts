import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every file and folder under `root`, by its path relative to `root` (with `/`): a file maps to the
 * SHA-256 of its bytes, a folder to `dir`. Two fingerprints are equal only when no file was added,
 * removed or changed by a single byte; a missing root is an empty fingerprint.
 */
export async function folderFingerprint(root: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && dir === root) return;
      throw error;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const key = path.relative(root, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        found[key] = 'dir';
        await walk(full);
      } else {
        found[key] = createHash('sha256')
          .update(await readFile(full))
          .digest('hex');
      }
    }
  };
  await walk(root);
  return found;
}
