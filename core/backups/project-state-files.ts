import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ENCRYPTION_FILE } from '../crypto/encryption-header';
import { DOCUMENTS_FOLDER, PROJECT_FILE } from '../project/project-files';

/** A document's file or its versions file (`<id>.versions.json`). */
const DOCUMENT_FILE = /^[A-Za-z0-9_-]{1,64}(\.versions)?\.json$/;

/**
 * The files that make up a project's state, as paths inside `dir`: its encryption header (if any),
 * `project.json`, every `documents/<id>.json` and `documents/<id>.versions.json`, whether they can be read or not. Attachments are
 * not among them: they are stored by content and never changed or removed, so every snapshot's
 * citations still find theirs. Temporary files and moved-aside damaged files are not either.
 */
export async function listStateFiles(dir: string): Promise<string[]> {
  const top = await readdir(dir).catch(() => [] as string[]);
  const files = [ENCRYPTION_FILE, PROJECT_FILE].filter((name) => top.includes(name));
  const documents = await readdir(join(dir, DOCUMENTS_FOLDER)).catch(() => [] as string[]);
  for (const name of documents.filter((entry) => DOCUMENT_FILE.test(entry)).sort())
    files.push(`${DOCUMENTS_FOLDER}/${name}`);
  return files;
}
