/**
 * Fills a "Checked before" index from the desk's folders: each project read once, those that cannot
 * be read (locked, encrypted without their passphrase, damaged) skipped with a sentence.
 */
import { resolve } from 'node:path';
import type { ProjectAccess } from '../crypto/project-codec';
import { SeenIndex } from './seen-index';
import { deskProjects, isEncrypted, readCheckedClaims, skipReason, type SkippedFolder } from './read-checked';

export interface DeskMemory {
  readonly index: SeenIndex;
  /** The projects read. */
  readonly projects: readonly string[];
  readonly skipped: readonly SkippedFolder[];
}

/**
 * Reads every project named by `paths` (projects, or archive folders holding projects) but `except`.
 * An encrypted project is read only with `access` (the passphrase this process was given), else skipped.
 */
export async function readDeskMemory(
  paths: readonly string[],
  options: { except?: string; access?: ProjectAccess } = {},
): Promise<DeskMemory> {
  const except = options.except === undefined ? undefined : resolve(options.except);
  const found = await deskProjects(paths);
  const skipped = [...found.skipped];
  const index = new SeenIndex();
  const projects: string[] = [];
  for (const folder of found.projects) {
    if (folder === except) continue;
    if (!options.access?.passphrase && !options.access?.codec && (await isEncrypted(folder))) {
      skipped.push({ folder, reason: 'it is encrypted and locked (no passphrase was given)' });
      continue;
    }
    try {
      for (const claim of await readCheckedClaims(folder, options.access)) index.add(claim);
      projects.push(folder);
    } catch (error) {
      skipped.push({ folder, reason: skipReason(error) });
    }
  }
  return { index, projects, skipped };
}
