import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from './build-report';
import { ChromiumPdfPrinter, findChromium } from './pdf-printer';
import { HOSTILE, seedReportProject, type ReportSeed } from './test-support/report-seed';

const run = promisify(execFile);
const chromium = process.env.FACTDESK_CHROMIUM || '/usr/bin/chromium';
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((path) => existsSync(path));
const missing = !existsSync(chromium)
  ? `skipped: no Chromium at ${chromium}`
  : !pdftotext
    ? 'skipped: pdftotext (poppler-utils) is not installed'
    : '';

let seed: ReportSeed;
const printer = new ChromiumPdfPrinter(existsSync(chromium) ? chromium : undefined);
beforeAll(async () => {
  seed = await seedReportProject();
});
afterAll(async () => {
  await printer.close();
  await seed?.cleanup();
});

describe('PDF report', () => {
  it.skipIf(Boolean(missing))(
    `prints the HTML report with Chromium; pdftotext finds the claims and verdicts${missing ? ` — ${missing}` : ''}`,
    async () => {
      const report = await buildReport(
        seed.data,
        'pdf',
        { generatedBy: 'Ana Checker' },
        { pdfPrinter: printer },
      );
      expect(report.mimeType).toBe('application/pdf');
      expect(Buffer.from(report.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const file = join(seed.dir, '..', 'report.pdf');
      await writeFile(file, report.bytes);
      const { stdout } = await run(pdftotext!, ['-layout', file, '-']);
      const flat = stdout.replace(/\s+/g, ' ');
      expect(flat).toMatch(/FACT-CHECK REPORT Belarus desk <b>&<\/b> “NATO”/);
      expect(flat).toMatch(/Verdict: Verified ?, checked by Ana Checker/);
      expect(flat).toMatch(/Verdict: Disputed/);
      expect(flat).toMatch(/Verdict: Unsourced/);
      expect(flat).toContain('Some 13,000 soldiers');
      expect(flat).toContain('<script>alert(1)</script>');
      expect(flat).not.toContain(HOSTILE.confidentialTitle);
    },
  );

  it.skipIf(Boolean(missing))('fetches nothing while printing, even when the page asks for it', async () => {
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
});
