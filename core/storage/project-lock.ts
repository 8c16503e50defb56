import { randomBytes } from 'node:crypto';
import { rmdirSync, unlinkSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../shared/errors';
import { describeIoError } from './json-file-adapter';
import { currentProcess, isProcessAlive, type ProcessIdentity } from './process-identity';

/** Who holds (or wants) a project's write lock. */
interface LockOwner extends ProcessIdentity {
  readonly tool: string;
  readonly since: string;
}

/**
 * The lock of a project folder: a folder (so it is made atomically, by `mkdir`) holding one
 * `owner-<id>.json` per process that wants the lock, plus `holder-<id>` once one has it.
 */
export const LOCK_FILE = '.factdesk.lock';

/** A held write lock on a project folder; release it when done. */
export interface ProjectLock {
  release(): Promise<void>;
}

const OWNER = 'owner-';
const HOLDER = 'holder-';
/** An entry this old that cannot be read was left by a crash in the middle of writing it. */
const ABANDONED_MS = 10_000;

const held = new Set<{ readonly lockDir: string; readonly id: string }>();

/**
 * Releases every project lock this process holds, synchronously: for the last moment of a
 * process (its `exit`, or a Windows session ending, after which the process is killed without
 * one). Writes still pending are not waited for; they are atomic renames, so a file is whole,
 * old or new. Returns how many locks were released.
 */
export function releaseProjectLocksNow(): number {
  const count = held.size;
  for (const lock of held) {
    for (const name of [`${HOLDER}${lock.id}`, `${OWNER}${lock.id}.json`]) {
      try {
        unlinkSync(join(lock.lockDir, name));
      } catch {
        // Already gone.
      }
    }
    try {
      rmdirSync(lock.lockDir);
    } catch {
      // Another process is taking it, or it is gone.
    }
  }
  held.clear();
  return count;
}
process.once('exit', releaseProjectLocksNow);

/**
 * Takes the one-writer lock of a project folder for this process. Every process that wants the
 * lock adds its own entry to the lock folder and then lists it: one that sees no other entry holds
 * the lock (of two that add at the same time, at least one sees the other, so never both hold it).
 * An entry left by a process that is no longer running on this machine is stale and is removed by
 * its exact name, so a fresh entry of a live process is never removed in its place. A live holder
 * is refused with a sentence saying who it is. Readers never need the lock.
 */
export async function acquireProjectLock(
  dir: string,
  tool: string,
  options: { readonly waitMs?: number } = {},
): Promise<ProjectLock> {
  const lockDir = join(dir, LOCK_FILE);
  const owner: LockOwner = { ...currentProcess(), tool, since: new Date().toISOString() };
  const id = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const entry = `${OWNER}${id}.json`;
  const deadline = Date.now() + (options.waitMs ?? 2000);
  while (Date.now() <= deadline) {
    try {
      await makeLockFolder(lockDir);
      if (!(await addEntry(lockDir, id, owner))) continue;
    } catch (error) {
      throw refusedFolder(dir, error);
    }
    const others = (await listEntries(lockDir)).filter((name) => name !== entry && name.startsWith(OWNER));
    if (others.length === 0) {
      const lock = { lockDir, id };
      held.add(lock);
      await writeFile(join(lockDir, `${HOLDER}${id}`), '', { flag: 'wx' });
      return { release: () => releaseLock(lock) };
    }
    await unlink(join(lockDir, entry)).catch(() => undefined);
    const { holder, contenders } = await sortOthers(lockDir, others);
    if (holder) throw busy(holder, owner.host);
    if (contenders > 0) await sleep(5 + Math.random() * 25);
  }
  throw new UserError(
    'Factdesk could not take the project lock; another process keeps taking it. Try again.',
    'project-locked',
  );
}

async function releaseLock(lock: { readonly lockDir: string; readonly id: string }): Promise<void> {
  if (!held.delete(lock)) return;
  await unlink(join(lock.lockDir, `${HOLDER}${lock.id}`)).catch(() => undefined);
  await unlink(join(lock.lockDir, `${OWNER}${lock.id}.json`)).catch(() => undefined);
  await rmdir(lock.lockDir).catch(() => undefined);
}

/** A folder the disk will not let this process write in, in one sentence; other errors as they are. */
function refusedFolder(dir: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') return error;
  return new UserError(
    `Factdesk cannot write in the project folder ${dir}: ${describeIoError(error)}. Nothing was changed.`,
    'io-failed',
  );
}

/** Makes the lock folder; a lock file of an older Factdesk is taken over when its process is gone. */
async function makeLockFolder(lockDir: string): Promise<void> {
  try {
    await mkdir(lockDir);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const info = await stat(lockDir).catch(() => null);
  if (!info || info.isDirectory()) return;
  const legacy = await readOwner(lockDir);
  if (legacy && isProcessAlive(legacy)) throw busy(legacy, currentProcess().host);
  await unlink(lockDir).catch(() => undefined);
}

/** Adds this process's entry, whole (written beside it, then renamed); false if the folder vanished. */
async function addEntry(lockDir: string, id: string, owner: LockOwner): Promise<boolean> {
  const temporary = join(lockDir, `.tmp-${id}`);
  try {
    await writeFile(temporary, JSON.stringify(owner), { flag: 'wx', mode: 0o600 });
    await rename(temporary, join(lockDir, `${OWNER}${id}.json`));
    return true;
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

async function listEntries(lockDir: string): Promise<string[]> {
  try {
    return await readdir(lockDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Looks at the other entries: removes those of processes that are gone (and crash leftovers),
 * and returns the live holder, if any, and how many live processes are still trying.
 */
async function sortOthers(
  lockDir: string,
  others: readonly string[],
): Promise<{ holder: LockOwner | null; contenders: number }> {
  const names = new Set(await listEntries(lockDir));
  let holder: LockOwner | null = null;
  let contenders = 0;
  for (const name of others) {
    const id = name.slice(OWNER.length, -'.json'.length);
    const path = join(lockDir, name);
    const owner = await readOwner(path);
    const gone = owner ? !isProcessAlive(owner) : await isAbandoned(path);
    if (gone) {
      await unlink(join(lockDir, `${HOLDER}${id}`)).catch(() => undefined);
      await unlink(path).catch(() => undefined);
    } else if (owner && names.has(`${HOLDER}${id}`)) {
      holder = owner;
    } else {
      contenders++;
    }
  }
  for (const name of names) {
    const orphanHolder = name.startsWith(HOLDER) && !names.has(`${OWNER}${name.slice(HOLDER.length)}.json`);
    if (orphanHolder || (name.startsWith('.tmp-') && (await isAbandoned(join(lockDir, name)))))
      await unlink(join(lockDir, name)).catch(() => undefined);
  }
  return { holder, contenders };
}

/** An entry that cannot be read: abandoned when old, else still being written (or already gone). */
async function isAbandoned(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs > ABANDONED_MS;
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return {
      pid: parsed.pid,
      host: parsed.host,
      ...(typeof parsed.started === 'string' ? { started: parsed.started } : {}),
      tool: String(parsed.tool ?? 'unknown'),
      since: String(parsed.since ?? '?'),
    };
  } catch {
    return null;
  }
}

function busy(holder: LockOwner, ownHost: string): UserError {
  const where = holder.host === ownHost ? '' : ` on ${holder.host}`;
  return new UserError(
    `This project is open for writing in another Factdesk process (${holder.tool}, since ${readableTime(holder.since)}; process ${holder.pid}${where}). Close it there first.`,
    'project-locked',
  );
}

/** "2026-12-05 16:10 UTC" for an ISO timestamp; anything else as it is. */
function readableTime(iso: string): string {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
