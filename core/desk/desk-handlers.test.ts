import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitServerForEachTest } from '../../test-support/git-server-per-test';
import { servicesWithRouter } from '../../test-support/map-router';
import { SEED_SAMPLE } from '../../test-support/temp-dir';
import { cloneProject } from './clone-project';
import { claimRecords } from '../../test-support/claim-records';

/*
 * The app's desk channels (desk:status, desk:share, desk:sync) on real services, two copies of one
 * project and a bare repository served by git http-backend on 127.0.0.1 with basic auth.
 */

const TOKEN = 'tok-8d2c40a9b1';

const git = gitServerForEachTest('factdesk-desk-app-', TOKEN);

/** Every file under `dir` (with .git) that holds `secret`. */
async function filesHolding(dir: string, secret: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if ((await readFile(path)).includes(secret)) found.push(path);
  }
  return found;
}

describe('sharing and syncing from the app', { timeout: 300_000 }, () => {
  it('publishes with Share…, refuses a wrong token in one sentence losing nothing, and merges two copies', async () => {
    const url = git.server.createRepo('desk');
    const a = await servicesWithRouter();
    const dirA = join(git.root, 'a.factdesk');
    await a.call('app:setChecker', { name: 'Ana' });
    await a.call('project:create', { dir: dirA, title: 'Belarus exercises' });
    await a.call('documents:importFiles', { paths: [SEED_SAMPLE] });
    const [c1, c2] = (await claimRecords(a.call)).map((row) => row.id) as [string, string];
    await a.call('claim:setStatus', { claimId: c1, status: 'verified' });

    expect(await a.call('desk:status', {})).toEqual({
      remote: null,
      lastSync: null,
      hasToken: false,
      tokenKept: 'memory',
      tokenNote: null,
      last: null,
    });

    const wrong = await a.raw('desk:share', { remote: url, token: 'not-the-token' });
    expect(wrong).toEqual({
      ok: false,
      error: {
        code: 'sync-failed',
        message: expect.stringMatching(
          /^The git server at 127\.0\.0\.1:\d+ refused the sync: the token is missing or wrong \(give the right one in Share…\); your work is kept on this computer and goes out at the next sync\.$/,
        ),
      },
    });
    expect((await claimRecords(a.call)).find((row) => row.id === c1)!.status).toBe('verified');
    const refused = await a.call('desk:status', {});
    expect(refused).toMatchObject({ remote: url, lastSync: null, last: { ok: false, code: 'sync-failed' } });

    const shared = await a.call('desk:share', { remote: url, token: TOKEN });
    expect(shared).toMatchObject({
      remote: url,
      hasToken: true,
      last: { ok: true, summary: { remote: url, received: 0, contested: 0 } },
    });
    expect(shared.lastSync).toBe(shared.last?.ok && shared.last.summary.at);

    // The token is nowhere in the project (files, .git, its history), nor in the reply.
    for (const secret of [TOKEN, 'not-the-token']) {
      expect(await filesHolding(dirA, secret)).toEqual([]);
      expect(JSON.stringify(shared)).not.toContain(secret);
    }

    // B: a clone, opened in another process's services, which has no token yet.
    const dirB = join(git.root, 'b.factdesk');
    await (await cloneProject(url, dirB, { token: TOKEN }, {}, 'the desk tests')).close();
    const b = await servicesWithRouter();
    await b.call('app:setChecker', { name: 'Ben' });
    await b.call('project:open', { dir: dirB });
    expect(await b.call('desk:status', {})).toMatchObject({ remote: url, hasToken: false });
    const noToken = await b.raw('desk:sync', {});
    expect(noToken.ok === false && noToken.error.message).toMatch(/the token is missing or wrong/);
    await b.call('desk:share', { remote: url, token: TOKEN });
    await b.call('claim:setNote', { claimId: c2, note: 'Ben: the ministry confirms it.' });
    await b.call('claim:setStatus', { claimId: c1, status: 'disputed' });
    // A gives claim 1 another verdict meanwhile, not having seen B's.
    await a.call('claim:setStatus', { claimId: c1, status: 'unchecked' });
    await a.call('claim:setStatus', { claimId: c1, status: 'verified' });

    // Two syncs asked at once run as one.
    const [first, second] = await Promise.all([b.call('desk:sync', {}), b.call('desk:sync', {})]);
    expect(first.last).toEqual(second.last);
    expect(first.last).toMatchObject({ ok: true, summary: { received: 0, sent: 2 } });
    expect((await a.call('desk:sync', {})).last).toMatchObject({
      ok: true,
      summary: { received: 2, sent: 2, contested: 1 },
    });
    await b.call('desk:sync', {});

    for (const copy of [a, b]) {
      const rows = await claimRecords(copy.call);
      const one = rows.find((row) => row.id === c1)!;
      expect(one.status).toBe('unchecked');
      expect(
        one.contested?.map((value) => ['status' in value ? value.status : value.note, value.by]).sort(),
      ).toEqual([
        ['disputed', 'Ben'],
        ['verified', 'Ana'],
      ]);
      expect(rows.find((row) => row.id === c2)!.note).toBe('Ben: the ministry confirms it.');
    }
    for (const secret of [TOKEN, 'not-the-token']) expect(await filesHolding(dirB, secret)).toEqual([]);
    await a.services.close();
    await b.services.close();
  });

  it('refuses a URL with credentials in it and a non-URL before anything is stored', async () => {
    const a = await servicesWithRouter();
    const dir = join(git.root, 'c.factdesk');
    await a.call('project:create', { dir, title: 'C' });
    const withPassword = await a.raw('desk:share', {
      remote: 'https://ana:secret@example.org/x.git',
      token: TOKEN,
    });
    expect(withPassword.ok === false && withPassword.error).toEqual({
      code: 'refused',
      message:
        'The remote URL holds a user name or password; give it without them and type the token in its own field.',
    });
    const notUrl = await a.raw('desk:share', { remote: 'desk repo', token: TOKEN });
    expect(notUrl.ok === false && notUrl.error.message).toMatch(/is not a URL/);
    const none = await a.raw('desk:sync', {});
    expect(none.ok === false && none.error.message).toBe(
      'This project has no remote yet: share it first (Share… in the header).',
    );
    expect(await a.call('desk:status', {})).toMatchObject({ remote: null });
    expect(await filesHolding(dir, 'secret')).toEqual([]);
    const badToken = await a.raw('desk:share', { remote: 'https://example.org/x.git', token: 'a\nb' });
    expect(badToken.ok === false && badToken.error.code).toBe('invalid-request');
    await a.services.close();
  });
});
