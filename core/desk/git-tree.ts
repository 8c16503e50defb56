import * as fs from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import git, { type TreeEntry } from 'isomorphic-git';
import { UserError } from '../../shared/errors';
import { writeFileDurably, writeFilesDurably, type FileToWrite } from '../storage/durable-write';
import { LOGS_FOLDER } from './desk-files';

/*
 * The shared part of a project as git trees: everything under desk/, the attachments, the
 * encryption header and .gitignore. Files are hashed into blobs (reusing the last hash while a
 * file's size and time are unchanged), and two trees merge as the union of their files: logs never
 * conflict, since each is written by one copy only and only ever grows.
 */

const SHARED_TOP = ['desk', 'attachments', 'encryption.json', '.gitignore'];

/** The files git carries, as paths inside the project. */
export async function sharedFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (path: string): Promise<void> => {
    const info = await stat(join(dir, path)).catch(() => null);
    if (!info) return;
    if (info.isFile()) {
      if (!path.endsWith('.tmp') && !path.split('/').pop()!.startsWith('.')) files.push(path);
      else if (path === '.gitignore') files.push(path);
      return;
    }
    if (!info.isDirectory()) return;
    for (const name of (await readdir(join(dir, path))).sort()) await walk(`${path}/${name}`);
  };
  for (const top of SHARED_TOP) await walk(top);
  return files;
}

/** Which blob each shared file holds, by its size and time when that was known. */
export type BlobCache = Map<string, { size: number; mtimeMs: number; oid: string }>;

/**
 * isomorphic-git's object cache for a run of reads: without one, every read of a packed object
 * (all of them after a fetch) loads and parses the whole packfile again, so checking out a clone
 * of n files read the pack n times. One object is passed to every read of one clone or sync.
 */
export type GitCache = object;

/** Writes the tree of the shared files and returns its oid. */
export async function writeWorkingTree(dir: string, cache: BlobCache): Promise<string> {
  const root: Folder = new Map();
  for (const path of await sharedFiles(dir)) {
    const info = await stat(join(dir, path));
    const known = cache.get(path);
    let oid = known && known.size === info.size && known.mtimeMs === info.mtimeMs ? known.oid : undefined;
    if (!oid) {
      oid = await git.writeBlob({ fs, dir, blob: await readFile(join(dir, path)) });
      cache.set(path, { size: info.size, mtimeMs: info.mtimeMs, oid });
    }
    place(root, path.split('/'), oid);
  }
  return writeFolder(dir, root);
}

type Folder = Map<string, string | Folder>;

function place(folder: Folder, parts: string[], oid: string): void {
  const [name, ...rest] = parts as [string, ...string[]];
  if (rest.length === 0) {
    folder.set(name, oid);
    return;
  }
  let child = folder.get(name);
  if (!(child instanceof Map)) {
    child = new Map();
    folder.set(name, child);
  }
  place(child, rest, oid);
}

async function writeFolder(dir: string, folder: Folder): Promise<string> {
  const tree: TreeEntry[] = [];
  for (const [name, value] of folder) {
    if (typeof value === 'string') tree.push({ mode: '100644', path: name, oid: value, type: 'blob' });
    else tree.push({ mode: '040000', path: name, oid: await writeFolder(dir, value), type: 'tree' });
  }
  return git.writeTree({ fs, dir, tree });
}

/** The union of two trees (ours first): a file both have differently is resolved by `resolve`. */
export async function mergeTrees(
  dir: string,
  ours: string,
  theirs: string,
  resolve: (path: string, ours: string, theirs: string) => Promise<string>,
  prefix = '',
  cache: GitCache = {},
): Promise<string> {
  if (ours === theirs) return ours;
  const read = async (oid: string) => (await git.readTree({ fs, dir, oid, cache })).tree;
  const a = new Map((await read(ours)).map((entry) => [entry.path, entry]));
  const b = new Map((await read(theirs)).map((entry) => [entry.path, entry]));
  const tree: TreeEntry[] = [];
  for (const name of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const mine = a.get(name);
    const other = b.get(name);
    const path = `${prefix}${name}`;
    if (!mine || !other || mine.oid === other.oid) {
      tree.push((mine ?? other)!);
    } else if (mine.type === 'tree' && other.type === 'tree') {
      const oid = await mergeTrees(dir, mine.oid, other.oid, resolve, `${path}/`, cache);
      tree.push({ ...mine, oid });
    } else if (mine.type === 'blob' && other.type === 'blob') {
      tree.push({ ...mine, oid: await resolve(path, mine.oid, other.oid) });
    } else {
      throw new UserError(
        `${path} is a file on one side and a folder on the other; nothing was changed.`,
        'refused',
      );
    }
  }
  return git.writeTree({ fs, dir, tree });
}

/** Every file of a tree, as path → blob oid. */
export async function treeFiles(
  dir: string,
  oid: string,
  prefix = '',
  cache: GitCache = {},
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of (await git.readTree({ fs, dir, oid, cache })).tree) {
    const path = `${prefix}${entry.path}`;
    if (entry.type === 'tree')
      for (const [p, o] of await treeFiles(dir, entry.oid, `${path}/`, cache)) files.set(p, o);
    else if (entry.type === 'blob') files.set(path, entry.oid);
  }
  return files;
}

/** How many bytes of checked-out files are written as one group commit (bounds the bytes held). */
const GROUP_BYTES = 32 * 2 ** 20;
const GROUP_FILES = 500;

/**
 * Puts a tree's files into the project folder: each file whose content differs from the tree's is
 * written durably: a log at once, the rest (bases, attachments: written once, never changed) in group
 * commits (the files of a group written and fsynced together, then renamed into place: each file is
 * old or new, never torn). Nothing is removed (a merge only ever adds to the
 * shared files).
 */
export async function checkoutFiles(
  dir: string,
  oid: string,
  cache: BlobCache,
  gitCache: GitCache = {},
): Promise<number> {
  let written = 0;
  let group: FileToWrite[] = [];
  let groupBytes = 0;
  const oids: string[] = [];
  const writeGroup = async () => {
    for (const folder of new Set(group.map((file) => dirname(file.path))))
      await fs.promises.mkdir(folder, { recursive: true });
    await writeFilesDurably(group);
    for (const [index, file] of group.entries()) await remember(cache, dir, file.path, oids[index]!);
    written += group.length;
    group = [];
    oids.length = 0;
    groupBytes = 0;
  };
  for (const [path, blobOid] of await treeFiles(dir, oid, '', gitCache)) {
    if (!isSafePath(path))
      throw new UserError(
        `The remote holds a file Factdesk does not write (${path}); nothing was changed.`,
        'refused',
      );
    const known = cache.get(path);
    const info = await stat(join(dir, path)).catch(() => null);
    if (info && known && known.oid === blobOid && known.size === info.size && known.mtimeMs === info.mtimeMs)
      continue;
    const { blob } = await git.readBlob({ fs, dir, oid: blobOid, cache: gitCache });
    const current = info ? await readFile(join(dir, path)) : null;
    if (current && Buffer.compare(current, Buffer.from(blob)) === 0) continue;
    if (current && path.startsWith(`${LOGS_FOLDER}/`) && holdsAllOfAndMore(current, Buffer.from(blob)))
      continue;
    if (path.startsWith(`${LOGS_FOLDER}/`)) {
      // A log at once, as it was compared: this copy's own log may grow meanwhile (a mark during a sync).
      await fs.promises.mkdir(join(dir, path, '..'), { recursive: true });
      await writeFileDurably(join(dir, path), blob);
      await remember(cache, dir, join(dir, path), blobOid);
      written++;
      continue;
    }
    group.push({ path: join(dir, path), contents: blob });
    oids.push(blobOid);
    groupBytes += blob.byteLength;
    if (groupBytes >= GROUP_BYTES || group.length >= GROUP_FILES) await writeGroup();
  }
  if (group.length > 0) await writeGroup();
  return written;
}

/**
 * Notes the blob a file just written holds, so the next commit does not hash it again (for a clone,
 * every shared file: hashing them wrote each again as a loose object).
 */
async function remember(cache: BlobCache, dir: string, file: string, oid: string): Promise<void> {
  const info = await stat(file);
  cache.set(relative(dir, file).split(sep).join('/'), { size: info.size, mtimeMs: info.mtimeMs, oid });
}

/**
 * True when a log on disk holds every line of the tree's version and more: this copy's own log,
 * appended to by a mark made while the sync ran. Writing the tree's version would cut that line off.
 */
function holdsAllOfAndMore(onDisk: Buffer, inTree: Buffer): boolean {
  return onDisk.length > inTree.length && onDisk.subarray(0, inTree.length).equals(inTree);
}

/** Only the shared folders, with plain names: a hostile tree cannot write elsewhere in the project. */
function isSafePath(path: string): boolean {
  const parts = path.split('/');
  if (!SHARED_TOP.includes(parts[0]!)) return false;
  return parts.every((part) => /^[A-Za-z0-9_.-]{1,200}$/.test(part) && part !== '.' && part !== '..');
}
