import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `dir` (but the top-level folders in `skip`) with its inode, size and change time,
 * and for files outside `backups/` a hash of its bytes: two states are equal only when no file was
 * added, removed, replaced, written or even touched. Synchronous: it is called thousands of times
 * and a stat on the thread pool of a busy machine costs a hundred times more.
 */
export async function folderState(dir: string, skip: readonly string[] = []): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = `${prefix}${entry.name}`;
      if (prefix === '' && skip.includes(entry.name)) continue;
      if (entry.isDirectory()) {
        walk(join(folder, entry.name), `${path}/`);
        continue;
      }
      const file = join(folder, entry.name);
      const info = statSync(file, { bigint: true });
      const hash = /(^|\/)backups\//.test(path)
        ? ''
        : createHash('sha256').update(readFileSync(file)).digest('hex');
      files.set(path, `${info.ino}:${info.size}:${info.mtimeNs}:${hash}`);
    }
  };
  walk(dir, '');
  return files;
}

/** The paths a project folder may hold: nothing written by Factdesk ever lies outside these. */
export const PROJECT_PATHS = [
  /^project\.json$/,
  /^encryption\.json$/,
  /^documents\/[A-Za-z0-9_-]{1,64}\.json(\.damaged-\d{8}T\d{9}Z)?$/,
  /^project\.json\.damaged-\d{8}T\d{9}Z$/,
  /^attachments\/[0-9a-f]{64}(\.[A-Za-z0-9]{1,10})?$/,
  /^backups\/\d{8}T\d{9}Z-[a-z-]+(-\d{1,4})?\/(snapshot\.json|project\.json|encryption\.json|documents\/[A-Za-z0-9_-]{1,64}\.json)$/,
  /^\.factdesk\.lock\/(owner-\d+-[0-9a-f]{12}\.json|holder-\d+-[0-9a-f]{12})$/,
  /^\.cache\/claim-index\.json$/,
];

/** The paths in `files` that a project folder should not hold. */
export function strayPaths(files: Iterable<string>): string[] {
  return [...files].filter((path) => !PROJECT_PATHS.some((pattern) => pattern.test(path)));
}
