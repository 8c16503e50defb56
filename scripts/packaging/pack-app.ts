/**
 * Packs the app into app.asar the way electron-builder does, so that what goes into the archive can
 * be checked on a machine without Electron: the `files` patterns of electron-builder.yml picked with
 * electron-builder's own matching (minimatch, dot files included, patterns applied in order, a later
 * `!pattern` excluding what an earlier one took), `package.json` always in, the root node_modules
 * never walked (the app has no runtime dependencies), `asarUnpack` files beside the archive in
 * `app.asar.unpacked`, written with @electron/asar's `createPackageFromStreams` as electron-builder does.
 */
import { createReadStream, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createPackageFromStreams, type AsarStreamType } from '@electron/asar';
import { Minimatch } from 'minimatch';

const OPTIONS = { dot: true };

/** electron-builder's `minimatch-all`: a match is only re-tested by exclusions, a miss only by inclusions. */
export function matchesAll(file: string, patterns: readonly Minimatch[]): boolean {
  let match = false;
  for (const pattern of patterns) {
    if (match !== pattern.negate) continue;
    match = pattern.match(file);
  }
  return match;
}

/** The files (relative, forward slashes) that the `files` patterns put into the app. */
export function selectAppFiles(candidates: readonly string[], patterns: readonly string[]): string[] {
  const all = [...patterns];
  if (!all.includes('package.json')) all.push('package.json');
  const parsed = all.map((pattern) => new Minimatch(pattern, OPTIONS));
  return candidates.filter((file) => matchesAll(file, parsed)).sort();
}

/** Every file under `root` (relative, forward slashes), leaving out the folders named in `skip`. */
export async function listFiles(root: string, skip: ReadonlySet<string> = new Set()): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, prefix: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (skip.has(relative)) continue;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), relative);
      else if (entry.isFile()) found.push(relative);
    }
  };
  await walk(root, '');
  return found;
}

export interface PackOptions {
  /** Relative path in the app → the file on disk it comes from. */
  readonly sources: ReadonlyMap<string, string>;
  readonly files: readonly string[];
  readonly asarUnpack: readonly string[];
  /** Where to write app.asar (its unpacked files go to `<archive>.unpacked`). */
  readonly archive: string;
}

/** Writes the archive; returns the files it marked unpacked. */
export async function packApp({ sources, files, asarUnpack, archive }: PackOptions): Promise<string[]> {
  const unpack = asarUnpack.map((pattern) => new Minimatch(pattern, OPTIONS));
  const unpacked = (file: string) => unpack.some((pattern) => pattern.match(file));
  const directories = new Set<string>();
  for (const file of files) {
    for (let dir = path.posix.dirname(file); dir !== '.'; dir = path.posix.dirname(dir)) directories.add(dir);
  }
  const streams: AsarStreamType[] = [
    ...[...directories]
      .sort()
      .map((dir): AsarStreamType => ({ type: 'directory', path: dir, unpacked: unpacked(dir) })),
    ...files.map((file): AsarStreamType => {
      const source = sources.get(file);
      if (!source) throw new Error(`No source for ${file}.`);
      return {
        type: 'file',
        path: file,
        unpacked: unpacked(file),
        stat: statSync(source),
        streamGenerator: () => createReadStream(source),
      };
    }),
  ];
  await createPackageFromStreams(archive, streams);
  return files.filter(unpacked);
}
