import { Buffer } from 'node:buffer';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportFormat } from '../../shared/reports';
import { servicesWithRouter } from '../../test-support/map-router';
import { TRANSIT_V1 } from '../../test-support/reports/trust-seed';
import { NO_CHROMIUM, readWordComments } from '../../test-support/reports/word-comments';
import { tempDir } from '../../test-support/temp-dir';
import { ChromiumPdfPrinter } from './pdf-printer';
import { claimRecords } from '../../test-support/claim-records';

// A draft with a dateline ("PORT ELLIS, March 3, 2023 — …"): its "last year" resolves against the
// article's date, and every report format prints that resolved date beside its claim; ClaimReview dates
// the reviewed item by the article, not by the day it was imported.

const run = promisify(execFile);
const chromium = process.env.FACTDESK_CHROMIUM || '/usr/bin/chromium';
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((path) => existsSync(path));
const LAST_YEAR = '2022-01-01 – 2022-12-31';
const flat = (text: string) => text.replace(/\s+/g, ' ');

const printer = new ChromiumPdfPrinter(existsSync(chromium) ? chromium : undefined);
let harness: Awaited<ReturnType<typeof servicesWithRouter>>;
let dir: string;
let documentId: string;
let claimId: string;

beforeAll(async () => {
  harness = await servicesWithRouter({ pdfPrinter: printer });
  dir = join(await tempDir(), 'Dates.factdesk');
  await harness.call('app:setChecker', { name: 'Ana Checker' });
  await harness.call('project:create', { dir, title: 'Dates desk' });
  const imported = await harness.call('documents:importText', { fileName: 'transit.txt', text: TRANSIT_V1 });
  documentId = imported.imported[0]!.id;
  const rows = await claimRecords(harness.call);
  const lastYear = rows.find((row) => row.quote === 'last year')!;
  expect(lastYear.values).toMatchObject({ dateStart: '2022-01-01', dateEnd: '2022-12-31' });
  claimId = lastYear.id;
  await harness.call('claim:setStatus', { claimId, status: 'verified' });
}, 120_000);
afterAll(async () => {
  await harness?.services.close();
  await printer.close();
});

async function exported(format: ReportFormat): Promise<Uint8Array> {
  const report = await harness.call('report:export', { format, options: {} });
  return new Uint8Array(Buffer.from(report.base64, 'base64'));
}
const text = async (format: ReportFormat) => Buffer.from(await exported(format)).toString('utf8');

describe('a resolved date beside its claim, in every report format', { timeout: 120_000 }, () => {
  it('HTML: in the claim’s own entry', async () => {
    const html = await text('html');
    const entry = html.slice(html.indexOf(`id="claim-${claimId}"`));
    expect(flat(entry.slice(0, entry.indexOf('</article>')))).toContain(`Date: ${LAST_YEAR}`);
  });

  it.skipIf(!existsSync(chromium) || !pdftotext)('PDF: printed with its claim', async () => {
    const file = join(await tempDir(), 'report.pdf');
    await writeFile(file, await exported('pdf'));
    const pdf = flat((await run(pdftotext!, [file, '-'])).stdout);
    expect(pdf).toMatch(/last year.*Date: 2022-01-01 – 2022-12-31/);
  });

  it('Word report: printed with its claim', async () => {
    const docx = flat((await mammoth.extractRawText({ buffer: Buffer.from(await exported('docx')) })).value);
    expect(docx).toMatch(/last year.*Date: 2022-01-01 – 2022-12-31/);
  });

  it.skipIf(Boolean(NO_CHROMIUM))('Word draft with comments: in the comment on the claim', async () => {
    const read = await readWordComments(await exported('docx-comments'));
    expect(read.errors).toEqual([]);
    const ids = Object.keys(read.ranges).filter((id) => read.ranges[id] === 'last year');
    expect(ids).toHaveLength(1);
    expect(read.comments[ids[0]!]!.text).toContain(`Date: ${LAST_YEAR}`);
  });

  it('CSV: a resolved_date column, filled on the claim’s row', async () => {
    const rows = Papa.parse<Record<string, string>>(await text('csv'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.data.find((row) => row.quote === 'last year')?.resolved_date).toBe(LAST_YEAR);
  });

  it('Markdown and JSON: with the claim', async () => {
    expect(await text('md')).toContain(`**Date:** ${LAST_YEAR}`);
    const json = JSON.parse(await text('json')) as {
      documents: { claims: { quote: string; resolvedDate?: string }[] }[];
    };
    const claim = json.documents.flatMap((doc) => doc.claims).find((entry) => entry.quote === 'last year');
    expect(claim?.resolvedDate).toBe(LAST_YEAR);
  });

  it('ClaimReview: itemReviewed is dated by the article (its dateline), not by the import', async () => {
    const reviews = JSON.parse(await text('claimreview')) as {
      '@graph': { itemReviewed: { datePublished?: string } }[];
    };
    expect(reviews['@graph'].length).toBeGreaterThan(0);
    for (const review of reviews['@graph']) expect(review.itemReviewed.datePublished).toBe('2023-03-03');
    const doc = await harness.call('document:get', { documentId });
    expect(doc.documentDate).toBe('2023-03-03');
  });
});
