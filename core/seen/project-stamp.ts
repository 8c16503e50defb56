/**
 * A cheap fingerprint of a project's files, to tell whether "Checked before" must read it again:
 * the size and modification time of `project.json`, `encryption.json` and each document file. Every
 * write of a project replaces one of those files (written beside, then renamed), so any verdict,
 * note or citation change moves the fingerprint. It costs a directory listing and a few `stat`s,
 * no file is opened.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ENCRYPTION_FILE } from '../crypto/encryption-header';
import { DOCUMENTS_FOLDER, PROJECT_FILE } from '../project/project-files';

async function stampOf(path: string): Promise<string> {
  const info = await stat(path).catch(() => null);
  return info ? `${info.size}:${info.mtimeMs}` : '-';
}

/** The fingerprint of the project at `folder` (files that are not there count as absent). */
export async function projectStamp(folder: string): Promise<string> {
  const parts = [await stampOf(join(folder, PROJECT_FILE)), await stampOf(join(folder, ENCRYPTION_FILE))];
  const documents = join(folder, DOCUMENTS_FOLDER);
  const names = await readdir(documents).catch(() => [] as string[]);
  const files = names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
  const stamps = await Promise.all(files.map((name) => stampOf(join(documents, name))));
  for (let i = 0; i < files.length; i++) parts.push(`${files[i]}=${stamps[i]}`);
  return parts.join('|');
}
