import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../shared/reports';
import { buildReport } from './build-report';
import { ChromiumPdfPrinter, findChromium } from './pdf-printer';
import { copiesOfReportData } from '../../test-support/reports/many-claims';
import { HOSTILE, seedReportProject, type ReportSeed } from '../../test-support/reports/report-seed';
import { locateChromium, testChromium } from '../../test-support/chromium';

const run = promisify(execFile);
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((path) => existsSync(path));
const pdfinfo = pdftotext?.replace(/pdftotext$/, 'pdfinfo');
const missing = !testChromium.path
  ? testChromium.missing
  : !pdftotext || !existsSync(pdfinfo!)
    ? 'pdftotext and pdfinfo (poppler-utils) are not installed.'
    : '';
// Skipped, saying why in the title, where something is missing; under CI a test fails instead.
const skip = Boolean(missing) && !process.env.CI;
const titled = (title: string) =>
  missing ? `${title} — ${skip ? 'skipped' : 'cannot run'}: ${missing}` : title;

/** The text of a PDF (whitespace collapsed) and its number of pages, read by poppler. */
async function readPdf(bytes: Uint8Array, name: string): Promise<{ flat: string; pages: number }> {
  const file = join(seed.dir, '..', name);
  await writeFile(file, bytes);
  const { stdout } = await run(pdftotext!, ['-layout', file, '-'], { maxBuffer: 256 * 1024 * 1024 });
  const info = await run(pdfinfo!, [file]);
  return { flat: stdout.replace(/\s+/g, ' '), pages: Number(/^Pages:\s+(\d+)/m.exec(info.stdout)![1]) };
}

let seed: ReportSeed;
const printer = new ChromiumPdfPrinter(testChromium.path);
beforeAll(async () => {
  seed = await seedReportProject();
});
afterAll(async () => {
  await printer.close();
  await seed?.cleanup();
});

describe('PDF report', () => {
  it.skipIf(skip)(
    titled('prints the HTML report with Chromium; pdftotext finds the claims and verdicts'),
    async () => {
      const report = await buildReport(
        seed.data,
        'pdf',
        { generatedBy: 'Ana Checker' },
        { pdfPrinter: printer },
      );
      expect(report.mimeType).toBe('application/pdf');
      expect(Buffer.from(report.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const { flat } = await readPdf(report.bytes, 'report.pdf');
      expect(flat).toMatch(/FACT-CHECK REPORT Belarus desk <b>&<\/b> “NATO”/);
      expect(flat).toMatch(/Verdict: Verified ?, checked by Ana Checker/);
      expect(flat).toMatch(/Verdict: Disputed/);
      expect(flat).toMatch(/Verdict: Unsourced/);
      expect(flat).toContain('Some 13,000 soldiers');
      expect(flat).toContain('<script>alert(1)</script>');
      expect(flat).not.toContain(HOSTILE.confidentialTitle);
      // Summary first, then the checked claims in full, then the unchecked ones one line each.
      const order = ['Summary', 'Checked claims', 'Unchecked claims', 'Verdict log'].map((heading) =>
        flat.indexOf(heading),
      );
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(flat).not.toContain('Verdict: Unchecked');
      expect(flat.match(/Verdict: /g)).toHaveLength(3);
      const unchecked = seed.data.documents[0]!.claims.filter((claim) => claim.status === 'unchecked');
      expect(unchecked.length).toBeGreaterThan(10);
      const listed = flat.slice(order[2]!, order[3]!);
      for (const claim of unchecked) expect(listed).toContain(claim.text.replace(/\s+/g, ' ').slice(0, 30));
    },
  );

  it.skipIf(skip)(
    titled(
      'makes pages for the work done: 880 claims of which 120 checked print in far fewer pages than in full',
    ),
    async () => {
      const data = copiesOfReportData(seed.data, 40);
      const claims = data.documents.flatMap((doc) => doc.claims);
      expect(claims.filter((claim) => claim.status !== 'unchecked')).toHaveLength(120);
      const summaryFirst = await readPdf(
        (await buildReport(data, 'pdf', {}, { pdfPrinter: printer })).bytes,
        'summary-first.pdf',
      );
      const everyClaimInFull = await readPdf(await printer.print(renderReportHtml(data)), 'in-full.pdf');
      expect(summaryFirst.flat.match(/Verdict: /g)).toHaveLength(120);
      expect(everyClaimInFull.flat.match(/Verdict: /g)).toHaveLength(claims.length);
      // Each unchecked claim of the seed is listed once per copy (its line may be cut at the end).
      for (const claim of seed.data.documents[0]!.claims.filter((entry) => entry.status === 'unchecked')) {
        const start = claim.text.replace(/\s+/g, ' ').slice(0, 30);
        expect(summaryFirst.flat.split(start).length - 1, start).toBeGreaterThanOrEqual(40);
      }
      expect(summaryFirst.pages).toBeLessThan(everyClaimInFull.pages / 2);
    },
    180_000,
  );

  it.skipIf(skip)(titled('fetches nothing while printing, even when the page asks for it'), async () => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests++;
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const pdf = await printer.print(
        `<!DOCTYPE html><html lang="en"><head><title>t</title><link rel="stylesheet" href="http://127.0.0.1:${port}/a.css"></head>` +
          `<body><p>Offline</p><img alt="" src="http://127.0.0.1:${port}/b.png"><iframe title="x" src="http://127.0.0.1:${port}/c"></iframe>` +
          `<script>fetch('http://127.0.0.1:${port}/d')</script></body></html>`,
      );
      expect(pdf.length).toBeGreaterThan(500);
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  it('explains in one sentence when FACTDESK_CHROMIUM points nowhere', () => {
    expect(() => findChromium({ FACTDESK_CHROMIUM: '/no/such/chromium' })).toThrow(
      'FACTDESK_CHROMIUM names /no/such/chromium, which does not exist, so no PDF can be made.',
    );
  });

  it('tests find an installed Chromium, else the one Playwright installed, else say why', () => {
    const none = () => {
      throw new Error('PDF export needs Chromium or Google Chrome and none was found.');
    };
    const here = process.execPath; // a file that exists, standing in for a browser
    expect(locateChromium({}, '/nowhere/chrome', () => '/usr/bin/chromium')).toEqual({
      path: '/usr/bin/chromium',
      missing: '',
    });
    expect(locateChromium({}, here, none)).toEqual({ path: here, missing: '' });
    expect(locateChromium({}, '/nowhere/chrome', none)).toEqual({
      path: undefined,
      missing:
        "PDF export needs Chromium or Google Chrome and none was found. Playwright's Chromium is not at /nowhere/chrome either.",
    });
    // A FACTDESK_CHROMIUM that names nothing is reported, not replaced by another browser.
    expect(locateChromium({ FACTDESK_CHROMIUM: '/no/such/chromium' }, here).path).toBeUndefined();
  });
});
