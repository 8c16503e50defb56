import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimListRow } from '../../shared/ipc/claim-list-row';
import { servicesWithRouter } from '../../test-support/map-router';
import { SEED_SAMPLE, tempDir } from '../../test-support/temp-dir';

const SECOND_SAMPLE = join(process.cwd(), 'resources', 'samples', 'languages', 'es-otan-2022.txt');

async function setUp() {
  const harness = await servicesWithRouter();
  /** Every claim's full record, read by the core straight from the open project (not through a channel). */
  const wholeRecords = () => harness.session.project.claimRows();
  const dir = join(await tempDir(), 'list.factdesk');
  await harness.call('project:create', { dir, title: 'Slim list' });
  await harness.call('documents:importFiles', { paths: [SEED_SAMPLE, SECOND_SAMPLE] });
  return { ...harness, wholeRecords };
}

describe('the slim, paged claims list', () => {
  it('pages through every claim in document order, each row slim, ending where the claims end', async () => {
    const { call, wholeRecords } = await setUp();
    const whole = await wholeRecords();
    expect(whole.length).toBeGreaterThan(10);
    const rows = [];
    for (let offset = 0; ; offset += 7) {
      const page = await call('claims:page', { offset, limit: 7 });
      expect(page.total).toBe(whole.length);
      expect(page.offset).toBe(offset);
      rows.push(...page.rows);
      if (page.rows.length < 7) break;
    }
    expect(rows).toEqual(whole.map((row) => claimListRow(row, row.documentTitle, row.sentence)));
    for (const row of rows) {
      expect(row).not.toHaveProperty('history');
      expect(row).not.toHaveProperty('citations');
      expect(row).not.toHaveProperty('note');
    }
    // The sentence comes only where it is not the claim's text (what the filter searches).
    expect(rows.filter((row) => row.sentence !== undefined).length).toBeLessThan(rows.length);
    for (const [index, row] of rows.entries()) {
      expect(row.sentence ?? row.text).toBe(whole[index]!.sentence);
    }
    expect((await call('claims:page', { offset: whole.length + 5, limit: 10 })).rows).toEqual([]);
  });

  it('leave the desk’s checkers to their own request, which names a checker as soon as one is assigned', async () => {
    const { call } = await setUp();
    const [first] = (await call('claims:page', { offset: 0, limit: 1 })).rows;
    expect(await call('claims:checkers', {})).not.toContain('Ana Ruiz');
    await call('claim:setAssignee', { claimId: first!.id, assignee: 'Ana Ruiz' });
    expect(await call('claims:checkers', {})).toContain('Ana Ruiz');
    expect(await call('claims:page', { offset: 0, limit: 1 })).not.toHaveProperty('checkers');
  });

  it('carry a change in the row: status, citation count and stances, assignee', async () => {
    const { call } = await setUp();
    const [first] = (await call('claims:page', { offset: 0, limit: 1 })).rows;
    expect(first!.citationCount).toBe(0);
    await call('claim:setStatus', { claimId: first!.id, status: 'verified' });
    await call('claim:addCitation', {
      claimId: first!.id,
      citation: { url: 'https://example.org/a', title: 'A source', quote: 'It said so.', stance: 'supports' },
    });
    const [after] = (await call('claims:page', { offset: 0, limit: 1 })).rows;
    expect(after).toMatchObject({ status: 'verified', citationCount: 1, supported: true });
    expect(after).not.toHaveProperty('refuted');
  });

  it('give one claim’s full record on claim:get, and refuse an unknown claim or a bad page in one sentence', async () => {
    const { call, wholeRecords } = await setUp();
    const whole = await wholeRecords();
    const record = await call('claim:get', { claimId: whole[3]!.id });
    expect(record).toEqual(whole[3]);
    expect(record.history.length).toBeGreaterThan(0);
    expect(typeof record.sentence).toBe('string');
    await expect(call('claim:get', { claimId: 'no-such-claim' })).rejects.toThrow(/no claim no-such-claim/);
    await expect(call('claims:page', { offset: -1, limit: 5 })).rejects.toThrow();
    await expect(call('claims:page', { offset: 0, limit: 0 })).rejects.toThrow();
    await expect(call('claims:page', { offset: 0, limit: 100_000 })).rejects.toThrow();
  });
});
