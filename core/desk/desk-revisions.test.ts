import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitServerForEachTest } from '../../test-support/git-server-per-test';
import { servicesWithRouter } from '../../test-support/map-router';
import { SEED_SAMPLE } from '../../test-support/temp-dir';
import { cloneProject } from './clone-project';
import { claimRecords } from '../../test-support/claim-records';
import { textHash } from '../revisions/version-hashes';

/*
 * One draft revised on two copies before either saw the other's revision, synced through a bare
 * repository served by git http-backend on 127.0.0.1: the later text stands on both, the earlier is
 * kept as a version (its text readable on both), and the claims only the earlier revision had are
 * carried into the later text with their marks.
 */

const TOKEN = 'tok-0a7e93c54d';

const git = gitServerForEachTest('factdesk-desk-revisions-', TOKEN);

type Copy = Awaited<ReturnType<typeof servicesWithRouter>>;

async function state(copy: Copy, documentId: string) {
  const doc = await copy.call('document:get', { documentId });
  const versions = await copy.call('document:versions', { documentId });
  const claims = (await claimRecords(copy.call))
    .map((row) => ({
      id: row.id,
      status: row.status,
      quote: row.quote,
      anchoring: row.anchoring ?? null,
      previous: row.previous ?? null,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { text: doc.text, versions: versions.map((v) => [v.number, v.fileName, v.current]), claims };
}

describe('a draft revised on two copies at once', { timeout: 300_000 }, () => {
  it('keeps the later text, the earlier as a version on both copies, and the claims only the earlier had', async () => {
    const original = await readFile(SEED_SAMPLE, 'utf8');
    const url = git.server.createRepo('desk');
    const a = await servicesWithRouter();
    await a.call('app:setChecker', { name: 'Ana' });
    await a.call('project:create', { dir: join(git.root, 'a.factdesk'), title: 'Belarus exercises' });
    await a.call('documents:importFiles', { paths: [SEED_SAMPLE] });
    const documentId = (await a.call('project:current', {}))!.documents[0]!.id;
    await a.call('desk:share', { remote: url, token: TOKEN });
    const dirB = join(git.root, 'b.factdesk');
    await (await cloneProject(url, dirB, { token: TOKEN }, {}, 'the desk tests')).close();
    const b = await servicesWithRouter();
    await b.call('app:setChecker', { name: 'Ben' });
    await b.call('project:open', { dir: dirB });
    await b.call('desk:share', { remote: url, token: TOKEN });

    // Offline: Ana adds a paragraph and checks its claim; then Ben, not having seen it, adds another.
    const anaText = `${original}\n\nThe ministry said 4,200 reservists were called up on 12 March.\n`;
    const benText = `${original}\n\nMinsk reported that 30,000 soldiers took part on 5 April.\n`;
    await a.call('document:revise', { documentId, fileName: 'ana.txt', text: anaText });
    const anaClaim = (await claimRecords(a.call)).find((row) => row.quote.includes('4,200'))!;
    expect(anaClaim).toBeDefined();
    await a.call('claim:setStatus', { claimId: anaClaim.id, status: 'verified' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.call('document:revise', { documentId, fileName: 'ben.txt', text: benText });

    await a.call('desk:sync', {});
    await b.call('desk:sync', {});
    await a.call('desk:sync', {});

    const onA = await state(a, documentId);
    expect(await state(b, documentId)).toEqual(onA);
    expect(onA.text).toBe(benText);
    expect(onA.versions).toEqual([
      [1, 'nato-belarus-2022.txt', false],
      [2, 'ana.txt', false],
      [3, 'ben.txt', true],
    ]);
    // Ana's claim is not lost: carried into Ben's text as the revisions machinery does (its words are
    // gone there, so it is kept orphaned, flagged, with her verdict as its previous one).
    expect(onA.claims.find((claim) => claim.id === anaClaim.id)).toMatchObject({
      anchoring: 'orphaned',
      status: 'unchecked',
      previous: { status: 'verified' },
    });
    expect(onA.claims.some((claim) => claim.quote.includes('30,000'))).toBe(true);
    // The earlier texts can be read on both copies (the clone never had Ana's or the original's).
    for (const copy of [a, b]) {
      const diff = await copy.call('document:diff', { documentId, from: 2, to: 3 });
      const removed = diff.parts.filter((part) => part.kind === 'removed').map((part) => part.text);
      expect(removed.join(' ')).toContain('reservists');
      const first = await copy.call('document:diff', { documentId, from: 1, to: 2 });
      expect(first.parts.some((part) => part.kind === 'added')).toBe(true);
    }
    // Each copy keeps the hash of every earlier text, the one the fold kept (Ana's) too: a renamed
    // copy of her draft is held back as version 2 on either copy.
    for (const copy of [a, b]) {
      const doc = await copy.call('document:get', { documentId });
      expect(doc.versions?.map((entry) => entry.textHash)).toEqual([textHash(original), textHash(anaText)]);
      const again = await copy.call('documents:importText', { fileName: 'ana (1).txt', text: anaText });
      expect(again.duplicates).toEqual([
        expect.objectContaining({ reason: 'earlier-version', documentId, version: 2, currentVersion: 3 }),
      ]);
    }
    await a.services.close();
    await b.services.close();
  });
});
