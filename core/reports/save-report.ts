import { realpath } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { UserError } from '../../shared/errors';
import { writeFileDurably } from '../storage/durable-write';
import { describeIoError } from '../storage/json-file-adapter';
import { outputTarget, writeToStream, type OutputTarget } from './output-target';

/** A path as the disk knows it: its folder's real path (links followed) and its own name. */
async function realPathOf(path: string): Promise<string> {
  const folder = resolve(dirname(path));
  try {
    return join(await realpath(folder), basename(path));
  } catch {
    return join(folder, basename(path));
  }
}

/**
 * Refuses `path` when the file it writes (`written`, its links followed) is inside the project folder
 * `projectDir`: a report or an export written there would overwrite the project's own files (its
 * project.json, a document) or be committed with them.
 */
async function refuseInsideProject(
  path: string,
  written: string,
  projectDir: string,
  what: string,
): Promise<void> {
  const [target, project] = await Promise.all([
    realPathOf(written),
    realpath(projectDir).catch(() => resolve(projectDir)),
  ]);
  const inside = relative(project, target);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new UserError(
      `Factdesk will not save ${what} to ${path}: it is inside the project folder, whose own files it could overwrite. Choose a file outside ${projectDir}.`,
      'refused',
    );
  }
}

/**
 * Writes a finished report or export to `path`, never inside the project folder, with a clear sentence
 * on failure. A regular file (or a new one) is written whole or not at all (temporary file, fsync,
 * rename), through its symbolic links; a FIFO or a device is written to as it is (output-target.ts).
 */
export async function saveReportFile(
  path: string,
  bytes: string | Uint8Array,
  projectDir: string,
  what = 'the report',
): Promise<void> {
  const failed = (error: unknown) =>
    new UserError(`Factdesk cannot save ${what} to ${path}: ${describeIoError(error)}.`, 'io-failed');
  let target: OutputTarget;
  try {
    target = await outputTarget(path);
  } catch (error) {
    throw failed(error);
  }
  await refuseInsideProject(path, target.kind === 'file' ? target.path : path, projectDir, what);
  try {
    if (target.kind === 'file') await writeFileDurably(target.path, bytes);
    else await writeToStream(target.path, bytes);
  } catch (error) {
    throw failed(error);
  }
}
