import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../storage/project-lock';
import { tempDir } from '../../test-support/temp-dir';
import { bundleFixture, fixturePath } from '../../test-support/safety/bundle-fixture';

const ROUNDS = 6;
const RACERS = 5;

function deadPid(): number {
  return Number(
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString(),
  );
}

function race(script: string, dir: string, holdMs: number, startAt: number, how = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = [script, dir, String(holdMs), String(startAt), how];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => (err ? reject(new Error(err)) : resolve(out.trim())));
  });
}

/** A lock left by a crashed writer: the current format (an owner entry and its holder mark) or an older file. */
async function leaveStaleLock(dir: string, legacy: boolean): Promise<void> {
  const owner = JSON.stringify({ pid: deadPid(), host: hostname(), tool: 'crashed', since: 'earlier' });
  if (legacy) {
    await writeFile(join(dir, LOCK_FILE), owner);
    return;
  }
  const id = `1-${Math.random().toString(16).slice(2, 14)}`;
  await mkdir(join(dir, LOCK_FILE));
  await writeFile(join(dir, LOCK_FILE, `owner-${id}.json`), owner);
  await writeFile(join(dir, LOCK_FILE, `holder-${id}`), '');
}

describe('the project lock across real processes', () => {
  it(`never lets two of ${RACERS} processes hold it, even when they all recover a stale lock at once`, async () => {
    const script = await bundleFixture(fixturePath('lock-race-child.ts'));
    const dir = await tempDir();
    const outcomes: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round++) {
      await leaveStaleLock(dir, round % 3 === 2);
      const startAt = Date.now() + 600;
      const results = await Promise.all(
        Array.from({ length: RACERS }, (_, i) => race(script, dir, round % 2 === 0 ? 0 : 20 + i, startAt)),
      );
      for (const result of results) outcomes[result] = (outcomes[result] ?? 0) + 1;
      expect(results).not.toContain('overlap');
      expect(results.filter((result) => result === 'held').length).toBeGreaterThanOrEqual(1);
      expect(await readdir(dir)).toEqual([]);
    }
    console.log(
      `[safety] lock race: ${ROUNDS} rounds of ${RACERS} processes recovering a stale lock: ${JSON.stringify(outcomes)}.`,
    );
    expect(outcomes.overlap ?? 0).toBe(0);
  }, 90_000);

  it('is removed when its holder exits without releasing it', async () => {
    const script = await bundleFixture(fixturePath('lock-race-child.ts'));
    const dir = await tempDir();
    expect(await race(script, dir, 0, 0, 'exit-holding')).toBe('held');
    expect(await readdir(dir)).toEqual([]);
  });
});
