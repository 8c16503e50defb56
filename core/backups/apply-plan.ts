import { constants } from 'node:fs';
import { copyFile, link, mkdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError, messageFor } from '../../shared/errors';
import { DOCUMENTS_FOLDER, PROJECT_FILE, projectFileAdapter } from '../project/project-files';
import { writeFileDurably } from '../storage/durable-write';
import type { FileCodec } from '../storage/file-codec';
import { listStateFiles } from './project-state-files';
import { BACKUPS_FOLDER } from './snapshot-names';
import type { StatePlan } from './state-plan';
import { validateFolder } from './validate-snapshot';

/** The name a file set aside gets: `<file>.damaged-<time>`. */
export function asideName(path: string, at: Date): string {
  return `${path}.damaged-${stampOf(at)}`;
}

/** `20240501T123000123Z`: a time as file names carry it. */
function stampOf(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

/**
 * Puts the planned state together in a staging folder inside `backups/` (links where it can,
 * copies where it cannot, `project.json` written anew when planned) and checks it opens as the
 * project would, versions included. Returns the folder; refused, with nothing left behind, when
 * the parts do not fit. Changes nothing in the project. (A crash leaves a `.staging-` folder the
 * next open removes.)
 */
export async function stagePlan(
  dir: string,
  plan: StatePlan,
  codec: FileCodec,
  at: Date,
  what: string,
): Promise<string> {
  const staging = join(dir, BACKUPS_FOLDER, `.staging-check-${stampOf(at)}`);
  try {
    for (const file of plan.files) {
      const target = join(staging, file.path);
      await mkdir(dirname(target), { recursive: true });
      await link(join(file.from, file.path), target).catch(() =>
        copyFile(join(file.from, file.path), target, constants.COPYFILE_FICLONE),
      );
    }
    await mkdir(join(staging, DOCUMENTS_FOLDER), { recursive: true });
    if (plan.project) await projectFileAdapter(staging, codec).write(plan.project);
    await validateFolder(staging, codec, plan.unmended);
    return staging;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw new UserError(
      `${what}: ${messageFor(error).replace(/ It was left untouched\.$/, '')} Nothing was changed.`,
      'refused',
    );
  }
}

/**
 * Writes the staged state into the project durably, the planned order kept (documents first,
 * `project.json` last). `everything`: every file is written and documents the plan lacks are removed
 * (a restore); else only files that do not come from the project itself (a mend). The caller holds
 * the lock and has kept the state before as a backup.
 */
export async function putStagedInPlace(
  dir: string,
  staging: string,
  plan: StatePlan,
  everything: boolean,
): Promise<void> {
  await mkdir(join(dir, DOCUMENTS_FOLDER), { recursive: true });
  for (const file of plan.files) {
    if (everything || file.from !== dir)
      await writeFileDurably(join(dir, file.path), await readFile(join(staging, file.path)));
  }
  if (plan.project)
    await writeFileDurably(join(dir, PROJECT_FILE), await readFile(join(staging, PROJECT_FILE)));
  if (everything) {
    const wanted = new Set(plan.files.map((file) => file.path));
    for (const path of await listStateFiles(dir)) {
      if (path.startsWith(`${DOCUMENTS_FOLDER}/`) && !wanted.has(path)) await unlink(join(dir, path));
    }
  }
  await rm(staging, { recursive: true, force: true });
}

/** Renames each of `paths` that exists in the project to `<file>.damaged-<time>`; returns the new names. */
export async function setAside(dir: string, paths: readonly string[], at: Date): Promise<string[]> {
  const moved: string[] = [];
  for (const path of paths) {
    const aside = asideName(path, at);
    try {
      await rename(join(dir, path), join(dir, aside));
      moved.push(aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return moved;
}
