import * as fs from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { UserError } from '../../shared/errors';
import type { OpenProject } from '../project/open-project';
import { writeFileDurably } from '../storage/durable-write';
import { DESK_PROJECT_FILE, LOCAL_FOLDER, LOGS_FOLDER } from './desk-files';
import { checkoutFiles, mergeTrees, writeWorkingTree, type GitCache } from './git-tree';
import { gitFailure, isRepositoryDamage, remoteAuth, type GitCredentials } from './git-errors';
import { foldIntoProject } from './start-desk';

/** What a sync did, for its one line (or --json). */
export interface SyncSummary {
  readonly remote: string;
  /** Changes taken in from other copies. */
  readonly received: number;
  /** This copy's changes the remote did not have before. */
  readonly sent: number;
  /** Claims with competing verdicts or notes. */
  readonly contested: number;
  readonly at: string;
}

export interface SyncOptions {
  /** Records a new remote (a URL with no credentials in it). */
  readonly remote?: string;
  readonly credentials: GitCredentials;
  readonly author: { readonly name: string; readonly email: string };
  /** How many times to fetch and merge again when the remote moved while pushing. */
  readonly attempts?: number;
}

const BRANCH = 'refs/heads/main';
const REMOTE_BRANCH = 'refs/remotes/origin/main';
const BLOB_CACHE = `${LOCAL_FOLDER}/blobs.json`;

/**
 * Shares a project through a git remote: commits this copy's shared files, fetches, merges (the
 * union of the shared files: every copy's log and every base), pushes, and tries again when the
 * remote moved meanwhile; then folds what came in. Never forces a push. The project must be open
 * for writing (so no one else writes it meanwhile).
 */
export async function syncProject(project: OpenProject, options: SyncOptions): Promise<SyncSummary> {
  try {
    return await syncOnce(project, options);
  } catch (error) {
    if (!isRepositoryDamage(error)) throw error;
    // A sync killed while git wrote an object can leave .git damaged; the shared files are whole, and
    // the remote has everything pushed, so the repository is made anew (the damaged one kept aside).
    await mkdir(join(project.dir, LOCAL_FOLDER), { recursive: true });
    await rename(join(project.dir, '.git'), join(project.dir, LOCAL_FOLDER, `damaged-git-${Date.now()}`));
    return syncOnce(project, options);
  }
}

async function syncOnce(project: OpenProject, options: SyncOptions): Promise<SyncSummary> {
  if (project.readOnly)
    throw new UserError('This project is open read-only, so it cannot be synced.', 'read-only');
  const dir = project.dir;
  const url = checkRemoteUrl(options.remote ?? project.desk?.localState.remote);
  const desk = await project.share(options.author);
  // The remote is recorded first: a sync that fails on the way still leaves the project shared there.
  if (options.remote) await desk.setRemote(url);
  await project.flush();
  const cache = await readBlobCache(dir);
  await git.init({ fs, dir, defaultBranch: 'main' });
  await git.addRemote({ fs, dir, remote: 'origin', url, force: true });
  const before = logLengths(desk);
  const gitCache: GitCache = {};
  await commitWork(dir, cache, options.author, 'Factdesk: checkers’ changes');
  const auth = remoteAuth(options.credentials);
  let remoteLengths = new Map<string, number>();
  for (let attempt = 1; ; attempt++) {
    const remoteOid = await fetchRemote(dir, url, auth);
    if (remoteOid) {
      await assertSameProject(project, remoteOid, gitCache);
      remoteLengths = await logLengthsAt(dir, remoteOid, gitCache);
      await mergeRemote(dir, remoteOid, cache, options.author, gitCache);
      if ((await resolve(dir, BRANCH)) === remoteOid) break;
    }
    try {
      await git.push({ fs, http, dir, remote: 'origin', ref: BRANCH, remoteRef: BRANCH, ...auth });
      break;
    } catch (error) {
      const rejected = (error as { code?: string }).code === 'PushRejectedError';
      if (!rejected || attempt >= (options.attempts ?? 5)) throw gitFailure(error, url);
    }
  }
  await writeBlobCache(dir, cache);
  await desk.reload();
  await foldIntoProject(project);
  const after = logLengths(desk);
  let received = 0;
  for (const [replica, count] of after) {
    if (replica !== desk.replicaId) received += count - (before.get(replica) ?? 0);
  }
  const own = after.get(desk.replicaId) ?? 0;
  const sent = Math.max(0, own - (remoteLengths.get(desk.replicaId) ?? 0));
  const contested = project
    .allDocuments()
    .reduce((sum, doc) => sum + doc.claims.filter((claim) => (claim.contested?.length ?? 0) > 0).length, 0);
  const at = new Date().toISOString();
  await desk.setRemote(url, at);
  return { remote: url, received, sent, contested, at };
}

/** Refuses a remote that is not an http(s) URL or carries credentials (they would be stored). */
export function checkRemoteUrl(remote: string | undefined): string {
  if (!remote) {
    throw new UserError(
      'This project has no remote yet: sync it once with --remote URL (an empty git repository).',
      'refused',
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(remote);
  } catch {
    throw new UserError(
      `${remote.slice(0, 200)} is not a URL; give the https address of a git repository.`,
      'refused',
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new UserError(
      'Factdesk syncs over https (or http); give the https address of the git repository.',
      'refused',
    );
  }
  if (parsed.username || parsed.password) {
    throw new UserError(
      'The remote URL holds a user name or password; give it without them and pass the token with --token-file or FACTDESK_GIT_TOKEN, so it is never stored.',
      'refused',
    );
  }
  return parsed.href;
}

async function commitWork(
  dir: string,
  cache: BlobCache,
  author: SyncOptions['author'],
  message: string,
): Promise<void> {
  const tree = await writeWorkingTree(dir, cache);
  const head = await resolve(dir, BRANCH);
  if (head && (await git.readCommit({ fs, dir, oid: head })).commit.tree === tree) return;
  const oid = await git.commit({
    fs,
    dir,
    message,
    tree,
    author,
    parent: head ? [head] : [],
    noUpdateBranch: true,
  });
  await git.writeRef({ fs, dir, ref: BRANCH, value: oid, force: true });
}

/** Fetches the remote's `main` into `origin/main`; null when the remote has no project yet. */
export async function fetchRemote(
  dir: string,
  url: string,
  auth: ReturnType<typeof remoteAuth>,
): Promise<string | null> {
  try {
    const refs = await git.listServerRefs({ http, url, prefix: 'refs/heads/', ...auth });
    if (!refs.some((ref) => ref.ref === BRANCH)) return null;
    await git.fetch({
      fs,
      http,
      dir,
      remote: 'origin',
      ref: 'main',
      singleBranch: true,
      tags: false,
      ...auth,
    });
  } catch (error) {
    throw gitFailure(error, url);
  }
  return resolve(dir, REMOTE_BRANCH);
}

/** Brings the remote's work into this copy: a fast-forward, or a merge commit of the union of files. */
async function mergeRemote(
  dir: string,
  remoteOid: string,
  cache: BlobCache,
  author: SyncOptions['author'],
  gitCache: GitCache,
) {
  const head = (await resolve(dir, BRANCH))!;
  if (
    head === remoteOid ||
    (await git.isDescendent({ fs, dir, oid: head, ancestor: remoteOid, depth: -1 }))
  ) {
    return;
  }
  let next = remoteOid;
  if (!(await git.isDescendent({ fs, dir, oid: remoteOid, ancestor: head, depth: -1 }))) {
    const ours = (await git.readCommit({ fs, dir, oid: head, cache: gitCache })).commit.tree;
    const theirs = (await git.readCommit({ fs, dir, oid: remoteOid, cache: gitCache })).commit.tree;
    const pick = (path: string, a: string, b: string) => pickBlob(dir, path, a, b, gitCache);
    const tree = await mergeTrees(dir, ours, theirs, pick, '', gitCache);
    next = await git.commit({
      fs,
      dir,
      message: 'Factdesk: merge of checkers’ changes',
      tree,
      author,
      parent: [head, remoteOid],
      noUpdateBranch: true,
    });
  }
  await checkoutFiles(dir, next, cache, gitCache);
  await git.writeRef({ fs, dir, ref: BRANCH, value: next, force: true });
}

/**
 * Two versions of one shared file: a log keeps the version that holds the other (logs only grow);
 * anything else (an attachment or a base, the same content encrypted twice) keeps ours.
 */
async function pickBlob(
  dir: string,
  path: string,
  ours: string,
  theirs: string,
  cache: GitCache,
): Promise<string> {
  if (!path.startsWith(`${LOGS_FOLDER}/`)) return ours;
  const a = Buffer.from((await git.readBlob({ fs, dir, oid: ours, cache })).blob);
  const b = Buffer.from((await git.readBlob({ fs, dir, oid: theirs, cache })).blob);
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  const whole = shorter.subarray(0, shorter.lastIndexOf(0x0a) + 1);
  if (longer.subarray(0, whole.length).equals(whole)) return longer === a ? ours : theirs;
  throw new UserError(
    `${path} differs between this copy and the remote in lines already written (the remote's history was rewritten, or the file was edited by hand); nothing was changed.`,
    'refused',
  );
}

/** Refuses a remote that holds another project. */
async function assertSameProject(project: OpenProject, remoteOid: string, cache: GitCache): Promise<void> {
  const dir = project.dir;
  let identity: { id?: string } | null;
  try {
    const { blob } = await git.readBlob({ fs, dir, oid: remoteOid, filepath: DESK_PROJECT_FILE, cache });
    const plain = project.codec.decode(blob, DESK_PROJECT_FILE);
    identity = JSON.parse(Buffer.from(plain).toString('utf8')) as { id?: string };
  } catch {
    identity = null;
  }
  if (!identity || identity.id !== project.view().id) {
    throw new UserError(
      'The remote holds another project (or something that is not a Factdesk project); nothing was sent or changed. Give the URL of an empty repository or of this project’s own.',
      'refused',
    );
  }
}

type BlobCache = Map<string, { size: number; mtimeMs: number; oid: string }>;

async function readBlobCache(dir: string): Promise<BlobCache> {
  try {
    return new Map(Object.entries(JSON.parse(await readFile(join(dir, BLOB_CACHE), 'utf8')) as object));
  } catch {
    return new Map();
  }
}

/** Writes which blob each shared file holds (by size and time), so the next commit hashes only what changed. */
export async function writeBlobCache(dir: string, cache: BlobCache): Promise<void> {
  await mkdir(join(dir, LOCAL_FOLDER), { recursive: true });
  await writeFileDurably(join(dir, BLOB_CACHE), JSON.stringify(Object.fromEntries(cache)));
}

async function resolve(dir: string, ref: string): Promise<string | null> {
  return git.resolveRef({ fs, dir, ref }).catch(() => null);
}

function logLengths(desk: NonNullable<OpenProject['desk']>): Map<string, number> {
  return new Map(Object.entries(desk.logLengths()));
}

/** How many entries each log has in a commit (lines of desk/logs/<replica>.jsonl). */
async function logLengthsAt(dir: string, commit: string, cache: GitCache): Promise<Map<string, number>> {
  const lengths = new Map<string, number>();
  const tree = await git.readTree({ fs, dir, oid: commit, filepath: LOGS_FOLDER, cache }).catch(() => null);
  for (const entry of tree?.tree ?? []) {
    const { blob } = await git.readBlob({ fs, dir, oid: entry.oid, cache });
    lengths.set(
      entry.path.replace(/\.jsonl$/, ''),
      Buffer.from(blob).toString('latin1').split('\n').length - 1,
    );
  }
  return lengths;
}
