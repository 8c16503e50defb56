import { spawn, execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitServerForEachTest } from '../../test-support/git-server-per-test';
import { SEED_SAMPLE } from '../../test-support/temp-dir';

/*
 * Two copies of one project, each driven by its own `factdesk` processes, share it through a bare
 * repository served by git http-backend on 127.0.0.1: they edit offline, sync in both orders, meet
 * a wrong token, a server that drops a push, a remote of another project and a sync killed with
 * SIGKILL, and end with the same claims, none lost.
 */

const TOKEN = 'tok-3f9a61c2e7';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI without blocking this process (which serves the git repository). */
function cli(args: string[], env: Record<string, string> = {}): Promise<Run> & { kill(): void } {
  const child = spawn(process.execPath, ['bin/factdesk.mjs', ...args], {
    env: { ...process.env, FACTDESK_PASSPHRASE: '', FACTDESK_GIT_TOKEN: TOKEN, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return Object.assign(done, { kill: () => child.kill('SIGKILL') });
}

async function ok(args: string[], env: Record<string, string> = {}): Promise<string> {
  const run = await cli(args, env);
  expect(run.stderr, `factdesk ${args.join(' ')}`).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

interface ClaimJson {
  id: string;
  status: string;
  note: string;
  citations: { id: string }[];
  contested: { status?: string; note?: string; by: string; at: string }[];
}

async function claims(dir: string): Promise<ClaimJson[]> {
  return JSON.parse(await ok(['claims', dir, '--json'])) as ClaimJson[];
}

/** What two copies must agree on, claim by claim. */
function state(rows: ClaimJson[]) {
  return rows
    .map(({ id, status, note, citations, contested }) => ({
      id,
      status,
      note,
      citations: citations.map((c) => c.id),
      contested,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const git = gitServerForEachTest('factdesk-sync-', TOKEN);

async function sharedPair(): Promise<{ a: string; b: string; url: string; ids: string[] }> {
  const url = git.server.createRepo('desk');
  const a = join(git.root, 'a.factdesk');
  const b = join(git.root, 'b.factdesk');
  await ok(['new', a, '--title', 'Belarus exercises']);
  await ok(['import', a, SEED_SAMPLE]);
  expect(await ok(['sync', a, '--remote', url])).toMatch(
    /^Synced with 127\.0\.0\.1:\d+: 0 changes in, 0 out, 0 contested claims\.\n$/,
  );
  await ok(['clone', url, b]);
  const ids = (await claims(a)).map((row) => row.id);
  expect(state(await claims(b))).toEqual(state(await claims(a)));
  return { a, b, url, ids };
}

// Each CLI run starts Node and opens the project: several seconds on a loaded machine.
describe('sharing a project through a git server', { timeout: 900_000 }, () => {
  it('merges offline work from two copies in both orders; a contest shows on both and is settled by someone who saw both', async () => {
    const { a, b, ids } = await sharedPair();
    const [c1, c2, c3] = ids as [string, string, string];
    await ok(['mark', a, c1, 'verified', '--by', 'Ana']);
    await ok(['mark', a, c2, 'verified', '--note', 'Ana checked the ministry figure.', '--by', 'Ana']);
    await ok(['mark', b, c1, 'disputed', '--by', 'Ben']);
    await ok(['mark', b, c3, 'unsourced', '--by', 'Ben']);
    await ok(['cite', b, c2, '--url', 'https://example.org/ministry', '--title', 'Ministry', '--by', 'Ben']);

    const first = JSON.parse(await ok(['sync', b, '--json'])) as { sent: number; received: number };
    expect(first).toMatchObject({ sent: 3, received: 0, contested: 0 });
    expect(await ok(['sync', a])).toMatch(/: 3 changes in, 2 out, 1 contested claim\.\n$/);
    expect(await ok(['sync', b])).toMatch(/: 2 changes in, 0 out, 1 contested claim\.\n$/);

    const seenByA = await claims(a);
    expect(state(await claims(b))).toEqual(state(seenByA));
    const contested = seenByA.find((row) => row.id === c1)!;
    expect(contested.status).toBe('unchecked');
    expect(contested.contested.map((value) => [value.status, value.by]).sort()).toEqual([
      ['disputed', 'Ben'],
      ['verified', 'Ana'],
    ]);
    const c2Row = seenByA.find((row) => row.id === c2)!;
    expect(c2Row).toMatchObject({ status: 'verified', note: 'Ana checked the ministry figure.' });
    expect(c2Row.citations).toHaveLength(1);
    expect(seenByA.find((row) => row.id === c3)!.status).toBe('unsourced');

    await ok(['mark', b, c1, 'disputed', '--by', 'Ben']);
    await ok(['sync', b]);
    expect(await ok(['sync', a])).toMatch(/: 1 change in, 0 out, 0 contested claims\.\n$/);
    const settled = (await claims(a)).find((row) => row.id === c1)!;
    expect(settled).toMatchObject({ status: 'disputed', contested: [] });
    expect(state(await claims(b))).toEqual(state(await claims(a)));
  });

  it('says what went wrong in one sentence and loses nothing: wrong token, dropped push, another project, no remote', async () => {
    const { a, b, ids, url } = await sharedPair();
    await ok(['mark', a, ids[0]!, 'verified']);

    const wrong = await cli(['sync', a], { FACTDESK_GIT_TOKEN: 'not-the-token' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(
      /^factdesk \[sync-failed\]: The git server at 127\.0\.0\.1:\d+ refused the sync: the token is missing or wrong .*\n$/,
    );
    expect(wrong.stderr + wrong.stdout).not.toContain('not-the-token');
    for (const copy of [a, b]) {
      expect(await readFile(join(copy, '.git', 'config'), 'utf8')).not.toContain(TOKEN);
    }

    git.server.faults.cutPushAfter = 200;
    const dropped = await cli(['sync', a]);
    expect(dropped.code).toBe(1);
    expect(dropped.stderr).toMatch(/broke during the sync|could not reach|failed/);
    expect((await claims(a)).find((row) => row.id === ids[0])!.status).toBe('verified');
    expect(await ok(['sync', a])).toMatch(/1 out/);
    expect(await ok(['sync', b])).toMatch(/1 change in/);

    const other = join(git.root, 'other.factdesk');
    await ok(['new', other]);
    const refused = await cli(['sync', other, '--remote', url]);
    expect(refused.stderr).toMatch(/The remote holds another project/);
    const none = await cli(['sync', join(git.root, 'other.factdesk')]);
    expect(none.stderr).toMatch(/another project|no remote/);
    const bare = await cli(['sync', b, '--remote', 'https://someone:pw@example.org/x.git']);
    expect(bare.stderr).toMatch(/holds a user name or password/);
    await writeFile(join(git.root, 'empty-token'), '\n');
    const empty = await cli(['sync', a, '--token-file', join(git.root, 'empty-token')]);
    expect(empty.stderr).toMatch(/is empty/);
    const nothingThere = await cli([
      'clone',
      git.server.createRepo('empty'),
      join(git.root, 'nothing.factdesk'),
    ]);
    expect(nothingThere.code).toBe(1);
    expect(nothingThere.stderr).toMatch(/holds no project yet: share one there first/);
  });

  it('recovers at the next sync after a sync killed with SIGKILL, and both copies end equal and complete', async () => {
    const { a, b, ids } = await sharedPair();
    for (let round = 0; round < 4; round++) {
      await ok(['mark', a, ids[round]!, 'verified', '--note', `a${round}`]);
      await ok(['mark', b, ids[round + 4]!, 'disputed', '--note', `b${round}`]);
      const killed = cli(['sync', round % 2 ? a : b]);
      await new Promise((resolve) => setTimeout(resolve, 150 + round * 250));
      killed.kill();
      await killed;
    }
    for (const copy of [a, b, a]) await ok(['sync', copy]);
    const final = state(await claims(a));
    expect(state(await claims(b))).toEqual(final);
    for (let round = 0; round < 4; round++) {
      expect(final.find((row) => row.id === ids[round])).toMatchObject({
        status: 'verified',
        note: `a${round}`,
      });
      expect(final.find((row) => row.id === ids[round + 4])).toMatchObject({
        status: 'disputed',
        note: `b${round}`,
      });
    }
  });

  it('sends an encrypted project as ciphertext only', async () => {
    const url = git.server.createRepo('secret');
    const dir = join(git.root, 'secret.factdesk');
    const env = { FACTDESK_PASSPHRASE: 'correct horse battery' };
    await ok(['new', dir, '--title', 'Secret desk'], env);
    await ok(['import', dir, SEED_SAMPLE], env);
    const id = (JSON.parse(await ok(['claims', dir, '--json'], env)) as ClaimJson[])[0]!.id;
    await ok(['mark', dir, id, 'verified', '--note', 'Confirmed with Colonel Zhukov'], env);
    await ok(['sync', dir, '--remote', url], env);
    const objects = execFileSync(
      'git',
      ['-C', join(git.root, 'secret.git'), 'cat-file', '--batch-all-objects', '--batch'],
      {
        maxBuffer: 1 << 28,
      },
    ).toString('latin1');
    expect(objects.length).toBeGreaterThan(1000);
    for (const secret of ['Secret desk', 'Zhukov', 'Belarus', 'soldiers', 'verified']) {
      expect(objects).not.toContain(secret);
    }
    const copy = join(git.root, 'secret-copy.factdesk');
    const noPassphrase = await cli(['clone', url, copy]);
    expect(noPassphrase.stderr).toMatch(/passphrase/);
    await ok(['clone', url, join(git.root, 'secret-2.factdesk')], env);
    const rows = JSON.parse(
      await ok(['claims', join(git.root, 'secret-2.factdesk'), '--json'], env),
    ) as ClaimJson[];
    expect(rows.find((row) => row.id === id)).toMatchObject({
      status: 'verified',
      note: 'Confirmed with Colonel Zhukov',
    });
  });
});
