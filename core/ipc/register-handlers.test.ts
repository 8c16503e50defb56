import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/ipc';
import { servicesWithRouter } from '../../test-support/map-router';
import { SEED_SAMPLE, tempDir } from '../../test-support/temp-dir';
import { claimRecords } from '../../test-support/claim-records';

async function projectWithSeed() {
  const harness = await servicesWithRouter();
  const dir = join(await tempDir(), 'desk.factdesk');
  await harness.call('project:create', { dir, title: 'Desk' });
  const result = await harness.call('documents:importFiles', { paths: [SEED_SAMPLE] });
  return { ...harness, dir, result };
}

describe('registerHandlers', () => {
  it('registers exactly the channels of the contract', async () => {
    const { handlers } = await servicesWithRouter();
    expect([...handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('runs a whole check through the handlers: import, list, mark, note, cite', async () => {
    const { call, dir, result } = await projectWithSeed();
    expect(result.failed).toEqual([]);
    const rows = await claimRecords(call);
    expect(rows.length).toBeGreaterThan(5);
    const first = rows[0]!;
    expect(first.documentTitle).toMatch(/Stoltenberg/);
    expect(first.sentence).toContain(first.quote);
    await call('claim:setStatus', { claimId: first.id, status: 'disputed' });
    await call('claim:setNote', { claimId: first.id, note: '<img src=x onerror=alert(1)>' });
    const cited = await call('claim:addCitation', {
      claimId: first.id,
      citation: {
        url: 'https://www.nato.int/cps/en/natohq/opinions.htm',
        title: 'NATO',
        quote: 'q',
        stance: 'refutes',
      },
    });
    expect(cited.citations).toHaveLength(1);
    const docFile = join(dir, 'documents', `${first.documentId}.json`);
    const saved = JSON.parse(await readFile(docFile, 'utf8')).claims.find(
      (c: { id: string }) => c.id === first.id,
    );
    expect(saved).toMatchObject({ status: 'disputed', note: '<img src=x onerror=alert(1)>' });
    expect(saved.citations[0]).toMatchObject({
      stance: 'refutes',
      url: 'https://www.nato.int/cps/en/natohq/opinions.htm',
    });
    const project = await call('project:current', {});
    expect(project?.counts.disputed).toBe(1);
  });

  it('refuses malformed arguments with a sentence and writes nothing', async () => {
    const { raw, dir, call } = await projectWithSeed();
    const before = await snapshot(dir);
    const claimId = (await claimRecords(call))[0]!.id;
    const bad: [Parameters<typeof raw>[0], unknown][] = [
      ['claim:setStatus', { claimId, status: 'true' }],
      ['claim:setStatus', { claimId: '../../etc/passwd', status: 'verified' }],
      ['claim:setStatus', { claimId, status: 'verified', extra: 1 }],
      ['claim:setStatus', null],
      ['claim:setStatus', 'verified'],
      ['claim:setNote', { claimId, note: 42 }],
      [
        'claim:addCitation',
        { claimId, citation: { url: 'javascript:alert(1)', title: 't', quote: '', stance: 'supports' } },
      ],
      ['claim:addCitation', { claimId, citation: { title: 't', quote: '', stance: 'agrees' } }],
      ['project:open', { dir: 'a\0b' }],
      ['documents:importFiles', { paths: [] }],
    ];
    for (const [channel, args] of bad) {
      const reply = await raw(channel, args);
      expect(reply.ok, `${channel} ${JSON.stringify(args)}`).toBe(false);
      if (!reply.ok) {
        expect(reply.error.message).toMatch(/^[A-Z"].*\.$/);
        expect(reply.error.code, channel).toMatch(/^(invalid-request|refused|not-found|no-project)$/);
      }
    }
    expect(await snapshot(dir)).toEqual(before);
  });

  it('reports drafts it cannot read and imports the rest', async () => {
    const { call } = await projectWithSeed();
    const result = await call('documents:importText', { fileName: 'setup.exe', text: 'MZ' });
    expect(result.imported).toEqual([]);
    expect(result.failed[0]?.error).toMatch(/setup\.exe is not a draft Factdesk can read/);
  });

  it('asks for a project before project work', async () => {
    const { raw } = await servicesWithRouter();
    for (const [channel, args] of [
      ['claims:page', { offset: 0, limit: 10 }],
      ['claims:checkers', {}],
      ['claim:get', { claimId: 'c1' }],
    ] as const) {
      expect(await raw(channel, args), channel).toEqual({
        ok: false,
        error: { code: 'no-project', message: 'No project is open; open or create one first.' },
      });
    }
  });
});

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of await readdir(join(dir, 'documents')))
    files[name] = await readFile(join(dir, 'documents', name), 'utf8');
  files['project.json'] = await readFile(join(dir, 'project.json'), 'utf8');
  return files;
}
