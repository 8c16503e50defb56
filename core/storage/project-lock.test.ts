import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';
import { acquireProjectLock, LOCK_FILE, releaseProjectLocksNow } from './project-lock';

function deadPid(): number {
  return Number(
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString(),
  );
}

async function addEntry(dir: string, id: string, owner: object, holder = true): Promise<void> {
  await mkdir(join(dir, LOCK_FILE), { recursive: true });
  await writeFile(join(dir, LOCK_FILE, `owner-${id}.json`), JSON.stringify(owner));
  if (holder) await writeFile(join(dir, LOCK_FILE, `holder-${id}`), '');
}

describe('acquireProjectLock', () => {
  it('refuses a second writer while the lock is held, and frees it on release', async () => {
    const dir = await tempDir();
    const lock = await acquireProjectLock(dir, 'test');
    await expect(acquireProjectLock(dir, 'other')).rejects.toThrow(
      /^This project is open for writing in another Factdesk process \(test, since \d{4}-\d\d-\d\d \d\d:\d\d UTC; process \d+\)\. Close it there first\.$/,
    );
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
    const again = await acquireProjectLock(dir, 'other');
    await again.release();
    await again.release();
  });

  it('releases every lock it holds at once, synchronously (a process about to be killed)', async () => {
    const [first, second] = [await tempDir(), await tempDir()];
    const locks = [await acquireProjectLock(first, 'test'), await acquireProjectLock(second, 'test')];
    expect(releaseProjectLocksNow()).toBe(2);
    expect([await readdir(first), await readdir(second)]).toEqual([[], []]);
    // Another process may take the lock now; a late release of ours leaves its lock alone.
    const other = await acquireProjectLock(first, 'other');
    await locks[0]!.release();
    await expect(acquireProjectLock(first, 'third')).rejects.toThrow(/another Factdesk process \(other/);
    await other.release();
    expect(releaseProjectLocksNow()).toBe(0);
  });

  it('takes over a stale lock left by a process that is gone, removing only its entries', async () => {
    const dir = await tempDir();
    await addEntry(dir, '1-aaaaaaaaaaaa', { pid: deadPid(), host: hostname(), tool: 'crashed', since: 'x' });
    const lock = await acquireProjectLock(dir, 'test');
    const entries = await readdir(join(dir, LOCK_FILE));
    expect(entries.filter((name) => name.includes('aaaaaaaaaaaa'))).toEqual([]);
    const mine = entries.find((name) => name.startsWith('owner-'))!;
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE, mine), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('takes over the lock file of an older Factdesk whose process is gone', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: deadPid(), host: hostname(), tool: 'old', since: 'x' }),
    );
    const lock = await acquireProjectLock(dir, 'test');
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses the lock file of an older Factdesk that is still running', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.ppid, host: hostname(), tool: 'old app', since: 'x' }),
    );
    await expect(acquireProjectLock(dir, 'test')).rejects.toThrow(/\(old app, since x; process \d+\)/);
  });

  it('treats a lock from another machine as live', async () => {
    const dir = await tempDir();
    await addEntry(dir, '1-bbbbbbbbbbbb', { pid: 1, host: 'elsewhere', tool: 'app', since: 'x' });
    await expect(acquireProjectLock(dir, 'test')).rejects.toThrow(/on elsewhere/);
  });

  it.runIf(process.platform === 'linux')(
    'treats a live pid with another start time as a reused pid, so gone',
    async () => {
      const dir = await tempDir();
      await addEntry(dir, '1-cccccccccccc', {
        pid: process.ppid,
        host: hostname(),
        started: '1',
        tool: 'x',
        since: 'x',
      });
      const lock = await acquireProjectLock(dir, 'test');
      await lock.release();
    },
  );

  it('waits for a process still writing its entry, then refuses; removes one abandoned by a crash', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, LOCK_FILE));
    const unreadable = join(dir, LOCK_FILE, 'owner-1-dddddddddddd.json');
    await writeFile(unreadable, '');
    await expect(acquireProjectLock(dir, 'test', { waitMs: 100 })).rejects.toThrow(/keeps taking it/);
    const old = new Date(Date.now() - 60_000);
    await utimes(unreadable, old, old);
    const lock = await acquireProjectLock(dir, 'test', { waitMs: 100 });
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses once a contender it waited for becomes the holder', async () => {
    const dir = await tempDir();
    await addEntry(
      dir,
      `${process.ppid}-eeeeeeeeeeee`,
      { pid: process.ppid, host: hostname(), tool: 'x', since: 'x' },
      false,
    );
    const pending = acquireProjectLock(dir, 'test', { waitMs: 2000 });
    setTimeout(() => void writeFile(join(dir, LOCK_FILE, `holder-${process.ppid}-eeeeeeeeeeee`), ''), 50);
    await expect(pending).rejects.toThrow(/open for writing/);
  });
});
