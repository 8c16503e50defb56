import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';
import { bundleFixture, fixturePath } from '../../test-support/safety/bundle-fixture';
import { SEED_ARTICLE, seedProject } from '../../test-support/safety/seed-project';

let preload = '';
let attempts = 0;

beforeAll(async () => {
  preload = await bundleFixture(fixturePath('no-network.ts'));
});

/** Network use recorded by the preload, without its own `preloaded` lines. */
async function networkLog(log: string): Promise<string[]> {
  const lines = (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  expect(
    lines.some((line) => line.startsWith('preloaded')),
    'the preload ran',
  ).toBe(true);
  return lines.filter((line) => !line.startsWith('preloaded'));
}

function nodeArgs(log: string) {
  return {
    env: { ...process.env, FACTDESK_NET_LOG: log, FACTDESK_CHECKER: 'Offline' },
    encoding: 'utf8' as const,
  };
}

describe('offline by construction', () => {
  it('the command line opens no socket and resolves no name in a whole check', async () => {
    const work = await tempDir();
    const log = join(work, 'net.log');
    const dir = join(work, 'desk.factdesk');
    const help = spawnSync(process.execPath, ['bin/factdesk.mjs', '--help'], { encoding: 'utf8' }).stdout;
    const commands = [
      ['new', dir, '--title', 'Offline'],
      ['import', dir, SEED_ARTICLE],
      ['restore', dir],
    ];
    for (const args of commands) {
      const run = spawnSync(
        process.execPath,
        ['--import', preload, 'bin/factdesk.mjs', ...args],
        nodeArgs(log),
      );
      expect(run.status, `${args[0]}: ${run.stderr}`).toBe(0);
      attempts++;
    }
    const id = JSON.parse(
      spawnSync(
        process.execPath,
        ['--import', preload, 'bin/factdesk.mjs', 'claims', dir, '--json'],
        nodeArgs(log),
      ).stdout,
    )[0].id as string;
    const more = [
      ['mark', dir, id, 'verified', '--note', 'checked'],
      ['cite', dir, id, '--url', 'https://www.nato.int/', '--title', 'NATO'],
      ...(/factdesk report/.test(help) ? [['report', dir, '--format', 'md', '-o', join(work, 'r.md')]] : []),
    ];
    for (const args of more) {
      const run = spawnSync(
        process.execPath,
        ['--import', preload, 'bin/factdesk.mjs', ...args],
        nodeArgs(log),
      );
      expect(run.status, `${args[0]}: ${run.stderr}`).toBe(0);
      attempts++;
    }
    expect(await networkLog(log)).toEqual([]);
  });

  it('the services open no socket in a whole check with reports, backups and a restore', async () => {
    const work = await tempDir();
    const log = join(work, 'net.log');
    const script = await bundleFixture(fixturePath('offline-services.ts'));
    const run = spawnSync(process.execPath, ['--import', preload, script, work], nodeArgs(log));
    expect(run.stdout, run.stderr).toBe('done\n');
    attempts++;
    expect(await networkLog(log)).toEqual([]);
  });

  it('the web workbench listens on 127.0.0.1 only and connects nowhere', async () => {
    const work = await tempDir();
    const log = join(work, 'net.log');
    const dir = join(work, 'web.factdesk');
    await seedProject(dir);
    const server = spawn(
      process.execPath,
      [
        '--import',
        preload,
        'dist/web/factdesk-web.mjs',
        '--project',
        dir,
        '--port',
        '0',
        '--user-data',
        join(work, 'ud'),
      ],
      { env: nodeArgs(log).env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const address = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.trim());
      });
      server.on('exit', (code) => reject(new Error(`The web workbench exited (${code}).`)));
    });
    const url = new URL(address);
    const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
    const invoke = async (channel: string, args: unknown) =>
      (await fetch(new URL(`/api/invoke/${channel}`, url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-factdesk-token': token },
        body: JSON.stringify(args),
      }).then((response) => response.json())) as { ok: boolean; value: { rows: { id: string }[] } };
    const page = await invoke('claims:page', { offset: 0, limit: 100 });
    expect(page.ok).toBe(true);
    const claimId = page.value.rows[0]!.id;
    expect((await invoke('claim:get', { claimId })).ok).toBe(true);
    expect((await invoke('claim:setStatus', { claimId, status: 'disputed' })).ok).toBe(true);
    expect((await invoke('backups:list', {})).ok).toBe(true);
    server.kill('SIGTERM');
    await new Promise((resolve) => server.on('close', resolve));
    attempts++;
    const lines = await networkLog(log);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^listen 127\.0\.0\.1:\d+$/);
    console.log(
      `[safety] offline: ${attempts} processes (CLI, services, web workbench) ran with sockets and name lookups trapped: none opened but ${lines.join(', ')}.`,
    );
  });
});
