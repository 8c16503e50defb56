import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { servicesWithRouter } from '../../test-support/map-router';
import { tempDir } from '../../test-support/temp-dir';
import { workerRunner } from '../extraction/extraction-runner';
import { claimRecords } from '../../test-support/claim-records';

// The web workbench's services, with the real worker the shells use.
const worker = workerRunner(new URL('../../dist/workers/extract-worker.mjs', import.meta.url));

const PAGE = `<!DOCTYPE html><html><head><title>Port traffic</title>
<meta property="article:published_time" content="2022-03-10T08:00:00+01:00"></head>
<body><article><h1>Port traffic falls</h1>
<p>Traffic through the port fell by 12 percent last year, officials said on Thursday.</p>
</article></body></html>`;

async function setUp() {
  const harness = await servicesWithRouter({ extraction: worker });
  await harness.call('project:create', { dir: join(await tempDir(), 'dates.factdesk'), title: 'Dates' });
  return harness;
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('publication dates through the web workbench services', () => {
  it("reads an HTML page's article:published_time at import and resolves its relative dates", async () => {
    const { call } = await setUp();
    const result = await call('documents:importBytes', { fileName: 'port.html', base64: base64(PAGE) });
    expect(result.failed).toEqual([]);
    expect(result.imported[0]).toMatchObject({ documentDate: '2022-03-10', documentDateSource: 'metadata' });
    const rows = await claimRecords(call);
    expect(rows.find((row) => row.quote === 'last year')?.values).toMatchObject({
      dateStart: '2021-01-01',
      dateEnd: '2021-12-31',
    });
    expect(rows.find((row) => row.quote === 'on Thursday')?.values).toMatchObject({
      dateStart: '2022-03-10',
    });
  });

  it('takes the date given at import over the page’s own', async () => {
    const { call } = await setUp();
    const result = await call('documents:importText', {
      fileName: 'port.html',
      text: PAGE,
      date: '2024-05-02',
    });
    expect(result.imported[0]).toMatchObject({ documentDate: '2024-05-02', documentDateSource: 'given' });
    const rows = await claimRecords(call);
    expect(rows.find((row) => row.quote === 'last year')?.values).toMatchObject({ dateStart: '2023-01-01' });
    await expect(
      call('documents:importText', { fileName: 'x.txt', text: 'x', date: '2024-02-30' }),
    ).rejects.toThrow();
  });

  it('changes the date later without touching any verdict, note or citation, as one undo step', async () => {
    const { call } = await setUp();
    const text = 'Traffic through the port fell by 12 percent last year, officials said on Thursday.';
    const [document] = (await call('documents:importText', { fileName: 'port.txt', text })).imported;
    const rows = await claimRecords(call);
    const lastYear = rows.find((row) => row.quote === 'last year')!;
    expect(lastYear.values).toMatchObject({ resolved: false });
    await call('claim:setStatus', { claimId: lastYear.id, status: 'disputed' });
    await call('claim:setNote', { claimId: lastYear.id, note: 'Ask the port authority.' });
    await call('claim:addCitation', {
      claimId: lastYear.id,
      citation: { url: 'https://example.org/port', title: 'Port statistics', quote: '', stance: 'refutes' },
    });
    const before = (await claimRecords(call)).find((row) => row.id === lastYear.id)!;

    const dated = await call('document:setDate', { documentId: document!.id, date: '2023-03-03' });
    expect(dated).toMatchObject({ documentDate: '2023-03-03', documentDateSource: 'given' });
    const after = dated.changes.updated.find((row) => row.id === lastYear.id)!;
    expect(after.values).toMatchObject({ dateStart: '2022-01-01', dateEnd: '2022-12-31' });
    const { values: _was, updatedAt: _then, ...kept } = before;
    const { values: _now, updatedAt: _later, ...still } = after;
    expect(still).toEqual(kept);
    expect(await call('document:get', { documentId: document!.id })).toMatchObject({
      documentDate: '2023-03-03',
      documentDateSource: 'given',
    });

    expect((await call('edit:undo', {})).label).toBe('changing the publication date');
    const undone = await call('document:get', { documentId: document!.id });
    expect(undone.documentDate).toBeUndefined();
    expect(undone.claims.find((claim) => claim.id === lastYear.id)?.values).toMatchObject({
      resolved: false,
    });

    const cleared = await call('document:setDate', { documentId: document!.id, date: null });
    expect(cleared).toMatchObject({ documentDate: null, documentDateSource: null });
    await expect(
      call('document:setDate', { documentId: document!.id, date: '03/03/2023' as string }),
    ).rejects.toThrow();
  });
});
