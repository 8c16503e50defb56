import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/temp-dir';
import { acquireProjectLock, LOCK_FILE } from './project-lock';

describe('acquireProjectLock', () => {
  it('refuses a second writer while the lock is held, and frees it on release', async () => {
    const dir = await tempDir();
    const lock = await acquireProjectLock(dir, 'test');
    await expect(acquireProjectLock(dir, 'other')).rejects.toThrow(
      /open for writing in another Factdesk process \(test/,
    );
    await lock.release();
    const again = await acquireProjectLock(dir, 'other');
    await again.release();
  });

  it('takes over a stale lock left by a process that is gone', async () => {
    const dir = await tempDir();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const deadPid = Number(gone.stdout.toString());
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: deadPid, host: hostname(), tool: 'crashed', since: 'x' }),
    );
    const lock = await acquireProjectLock(dir, 'test');
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('treats a lock from another machine as live', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 1, host: 'elsewhere', tool: 'app', since: 'x' }),
    );
    await expect(acquireProjectLock(dir, 'test')).rejects.toThrow(/on elsewhere/);
  });
});
