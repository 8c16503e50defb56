import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel, reportPrintParts, type ReportData } from '../../shared/reports';
import { buildReport } from './build-report';
import { ChromiumPdfPrinter, type PdfPrinter } from './pdf-printer';
import { PDF_CANCELLED, type PdfProgress } from './print-pdf-in-parts';
import { saveReportFile } from './save-report';
import { copiesOfReportData } from '../../test-support/reports/many-claims';
import { pdfPageTexts, pdftotext } from '../../test-support/reports/poppler';
import { seedReportProject, type ReportSeed } from '../../test-support/reports/report-seed';
import { testChromium } from '../../test-support/chromium';

const missing = !testChromium.path
  ? testChromium.missing
  : !pdftotext
    ? 'pdftotext (poppler-utils) is not installed.'
    : '';
// Skipped, saying why in the title, where something is missing; under CI a test fails instead.
const skip = Boolean(missing) && !process.env.CI;
const titled = (title: string) =>
  missing ? `${title} — ${skip ? 'skipped' : 'cannot run'}: ${missing}` : title;

/** The `[copy-index]` markers that start each claim's statement, in the print layout's order. */
function expectedOrder(data: ReportData): string[] {
  // The report's order: documents as given, claims in text order within each.
  const claims = buildReportModel(data, {}).documents.flatMap((doc) => doc.claims);
  const marker = (text: string) => /^\[\d+-\d+\]/.exec(text)![0];
  return [
    ...claims.filter((claim) => claim.status !== 'unchecked').map((claim) => marker(claim.text)),
    ...claims.filter((claim) => claim.status === 'unchecked').map((claim) => marker(claim.text)),
  ];
}

let seed: ReportSeed;
let out: string;
const printer = new ChromiumPdfPrinter(testChromium.path);
beforeAll(async () => {
  seed = await seedReportProject();
  out = await mkdtemp(join(tmpdir(), 'factdesk-pdf-parts-'));
});
afterAll(async () => {
  await printer.close();
  await seed?.cleanup();
  await rm(out, { recursive: true, force: true });
});

describe('a long PDF report, printed in parts and joined', () => {
  it.skipIf(skip)(
    titled('lists every claim once, in order, across the parts, numbered 1 / N to N / N'),
    async () => {
      const data = copiesOfReportData(seed.data, 140, 'start'); // 3,080 claims, 420 of them checked
      const order = expectedOrder(data);
      expect(order.length).toBeGreaterThan(3000);
      const progress: PdfProgress[] = [];
      const report = await buildReport(
        data,
        'pdf',
        {},
        { pdfPrinter: printer, onProgress: (step) => progress.push(step) },
      );
      const parts = progress[0]!.parts;
      expect(parts).toBeGreaterThanOrEqual(3);
      expect(progress.map((step) => step.partsDone)).toEqual(
        Array.from({ length: parts + 1 }, (_, at) => at),
      );

      const file = join(out, 'long.pdf');
      await writeFile(file, report.bytes);
      const pages = await pdfPageTexts(file);
      // Page numbers: the last line of page n reads "n / N", N the pages poppler counts.
      pages.forEach((page, index) => {
        const last = page.trimEnd().split('\n').at(-1)!.trim();
        expect(last, `page ${index + 1}`).toBe(`${index + 1} / ${pages.length}`);
      });
      expect(pages.length).toBeGreaterThan(parts);

      // Every claim's statement once, in order, before the verdict log (which repeats checked ones).
      const text = pages.join('\n');
      const body = text.slice(0, text.indexOf('Verdict log'));
      expect([...body.matchAll(/\[\d+-\d+\]/g)].map((match) => match[0])).toEqual(order);
      // A document cut between parts says it continues; the summary comes once, first.
      expect(body).toMatch(/\(continued\)/);
      expect(body.match(/claims by verdict/gi)).toHaveLength(1);
    },
    240_000,
  );

  it.skipIf(skip)(
    titled('keeps the links to claims in the joined PDF: the verdict log leads to the claim'),
    async () => {
      const report = await buildReport(seed.data, 'pdf', {}, { pdfPrinter: printer });
      const joined = await PDFDocument.load(report.bytes);
      const dests = joined.catalog.lookup(PDFName.of('Dests'), PDFDict);
      const pages = joined.getPages().map((page) => page.ref.toString());
      const target = dests.lookup(PDFName.of(`claim-${seed.verified.id}`), PDFArray);
      // On the page that prints the verified claim in full, not the verdict log's own.
      const page = pages.indexOf(target.get(0).toString());
      expect(page).toBeGreaterThanOrEqual(0);
      const file = join(out, 'links.pdf');
      await writeFile(file, report.bytes);
      expect((await pdfPageTexts(file))[page]).toContain(seed.verified.text.slice(0, 20));
    },
  );

  it.skipIf(skip)(
    titled('a cancel mid-way stops printing and leaves no file, whole or partial'),
    async () => {
      const data = copiesOfReportData(seed.data, 140, 'start');
      const parts = reportPrintParts(buildReportModel(data, {})).length;
      let prints = 0;
      const controller = new AbortController();
      const cancelled = new Promise<void>((resolve) =>
        controller.signal.addEventListener('abort', () => resolve(), { once: true }),
      );
      // Every part after the first waits for the cancel before it prints, so the order in which a busy
      // machine finishes parts cannot decide how many had started: the first and the one beside it.
      const counting: PdfPrinter = {
        print: async (html) => {
          if (prints++ > 0) await cancelled;
          return printer.print(html);
        },
      };
      const path = join(out, 'cancelled', 'report.pdf');
      await mkdir(join(out, 'cancelled'));
      const saving = buildReport(
        data,
        'pdf',
        {},
        {
          pdfPrinter: counting,
          signal: controller.signal,
          onProgress: ({ partsDone }) => partsDone === 1 && controller.abort(),
        },
      ).then((report) => saveReportFile(path, report.bytes, join(dirname(path), 'project')));
      await expect(saving).rejects.toMatchObject({ message: PDF_CANCELLED, code: 'cancelled' });
      // The parts already being printed finish; no part starts after the cancel.
      expect(parts).toBeGreaterThan(2);
      expect(prints).toBe(2);
      expect(await readdir(join(out, 'cancelled'))).toEqual([]);
    },
    240_000,
  );
});
