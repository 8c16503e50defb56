import { describe, expect, it } from 'vitest';
import { servicesWithRouter } from '../../test-support/map-router';
import { SEED_SAMPLE, tempDir } from '../../test-support/temp-dir';
import { join } from 'node:path';
import { claimRecords } from '../../test-support/claim-records';

describe('sources library and assignee', () => {
  it('lists each source once, merging the same URL written differently, with its usages', async () => {
    const { call } = await servicesWithRouter();
    await call('project:create', { dir: join(await tempDir(), 's.factdesk'), title: 'S' });
    await call('documents:importFiles', { paths: [SEED_SAMPLE] });
    const [a, b] = await claimRecords(call);
    const cite = (claimId: string, url: string, stance: 'supports' | 'refutes') =>
      call('claim:addCitation', { claimId, citation: { url, title: 'NATO', quote: '', stance } });
    await cite(a!.id, 'https://www.nato.int/news/', 'supports');
    await cite(b!.id, 'https://nato.int/news#top', 'refutes');
    await call('claim:addCitation', {
      claimId: b!.id,
      citation: { title: 'Interview notes', quote: '', stance: 'context' },
    });
    const sources = await call('sources:list', {});
    expect(sources.map((s) => [s.title, s.usages.length])).toEqual([
      ['NATO', 2],
      ['Interview notes', 1],
    ]);
    expect(sources[0]!.usages.map((u) => u.stance).sort()).toEqual(['refutes', 'supports']);
  });

  it('assigns a claim and records it in history', async () => {
    const { call } = await servicesWithRouter();
    await call('project:create', { dir: join(await tempDir(), 'a.factdesk'), title: 'A' });
    await call('documents:importFiles', { paths: [SEED_SAMPLE] });
    const [row] = await claimRecords(call);
    const assigned = await call('claim:setAssignee', { claimId: row!.id, assignee: ' Bo ' });
    expect(assigned.assignee).toBe('Bo');
    expect(assigned.history.at(-1)).toMatchObject({ action: 'assign', to: 'Bo' });
    expect((await call('claim:setAssignee', { claimId: row!.id, assignee: '' })).assignee).toBeUndefined();
  });
});
