import { readFile, rename, unlink, open } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../../shared/errors';

/** Who holds a project's write lock. */
interface LockOwner {
  pid: number;
  host: string;
  tool: string;
  since: string;
}

export const LOCK_FILE = '.factdesk.lock';

/** A held write lock on a project folder; release it when done. */
export interface ProjectLock {
  release(): Promise<void>;
}

const heldLocks = new Set<string>();
process.once('exit', () => {
  for (const path of heldLocks) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing to clean.
    }
  }
});

/**
 * Takes the one-writer lock of a project folder for this process. A lock left by a process that is
 * no longer running on this machine is stale and is taken over; a live one is refused with a
 * sentence saying who holds it. Readers never need the lock.
 */
export async function acquireProjectLock(dir: string, tool: string): Promise<ProjectLock> {
  const path = join(dir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: hostname(), tool, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600);
      await handle.writeFile(JSON.stringify(owner));
      await handle.sync();
      await handle.close();
      heldLocks.add(path);
      return { release: () => releaseLock(path, owner) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readOwner(path);
    if (holder && isAlive(holder)) {
      throw new UserError(
        `This project is open for writing in another Factdesk process (${holder.tool}, process ${holder.pid}${holder.host === owner.host ? '' : ` on ${holder.host}`}, since ${holder.since}). Close it there first.`,
      );
    }
    // Stale: move it aside atomically so two processes recovering at once cannot both win.
    await rename(path, `${path}.stale-${process.pid}`).then(
      () => unlink(`${path}.stale-${process.pid}`),
      () => undefined,
    );
  }
  throw new UserError(
    'Factdesk could not take the project lock; another process keeps taking it. Try again.',
  );
}

async function releaseLock(path: string, owner: LockOwner): Promise<void> {
  heldLocks.delete(path);
  const current = await readOwner(path);
  if (current && current.pid === owner.pid && current.since === owner.since)
    await unlink(path).catch(() => undefined);
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return {
      pid: parsed.pid,
      host: parsed.host,
      tool: String(parsed.tool ?? 'unknown'),
      since: String(parsed.since ?? '?'),
    };
  } catch {
    return null;
  }
}

/** A lock from another machine (a shared folder) is treated as live: we cannot check its process. */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
