import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { noDialogs, type Dialogs } from '../index';
import { servicesWithRouter } from '../../test-support/map-router';
import type { PdfPrinter } from './pdf-printer';
import { SEED_SAMPLE, tempDir } from '../../test-support/temp-dir';
import { PDFDocument } from 'pdf-lib';
import { onePagePdf } from '../../test-support/reports/one-page-pdf';
import { claimRecords } from '../../test-support/claim-records';

/** Real services behind a plain map, with the dialogs and PDF printer a shell would pass in. */
function harness(dialogs: Dialogs, pdfPrinter: PdfPrinter) {
  return servicesWithRouter({ mode: 'desktop', dialogs, pdfPrinter });
}

describe('report channels', () => {
  it('exports every format, saves through the native dialog, and prints PDF with the shell printer', async () => {
    const printed: string[] = [];
    const printer: PdfPrinter = {
      print: async (html) => {
        printed.push(html);
        return onePagePdf();
      },
    };
    const folder = await tempDir();
    const saved = join(folder, 'chosen.html');
    const proposed: string[] = [];
    const dialogs: Dialogs = {
      ...noDialogs,
      chooseReportPath: async (fileName) => {
        proposed.push(fileName);
        return saved;
      },
    };
    const { services, call, raw } = await harness(dialogs, printer);
    try {
      await call('app:setChecker', { name: 'Ana' });
      await call('project:create', { dir: join(folder, 'Desk.factdesk'), title: 'Desk: Belarus' });
      await call('documents:importFiles', { paths: [SEED_SAMPLE] });
      const view = await call('project:setMethodology', { text: 'Checked against transcripts.' });
      expect(view.methodology).toBe('Checked against transcripts.');
      const [first] = await claimRecords(call);
      await call('claim:setStatus', { claimId: first!.id, status: 'verified' });

      const html = await call('report:export', { format: 'html', options: { includeNotes: false } });
      expect(html).toMatchObject({
        fileName: 'Desk Belarus report.html',
        mimeType: 'text/html;charset=utf-8',
      });
      const page = Buffer.from(html.base64, 'base64').toString('utf8');
      expect(page).toContain('Checked against transcripts.');
      expect(page).toContain('checked by Ana');

      const csv = await call('report:export', { format: 'csv', options: { statuses: ['verified'] } });
      expect(Buffer.from(csv.base64, 'base64').toString('utf8').trim().split('\r\n')).toHaveLength(2);

      const pdf = await call('report:export', { format: 'pdf', options: {} });
      const joined = await PDFDocument.load(Buffer.from(pdf.base64, 'base64'));
      expect(joined.getPageCount()).toBe(printed.length);
      expect(printed[0]).toMatch(/^<!DOCTYPE html>/);

      expect(await call('dialog:saveReport', { format: 'html', options: {} })).toEqual({ path: saved });
      expect(proposed).toEqual(['Desk Belarus report.html']);
      expect(await readFile(saved, 'utf8')).toContain('Fact-check report: Desk: Belarus');

      const bad = await raw('report:export', { format: 'exe', options: {} });
      expect(bad.ok).toBe(false);
      const extra = await raw('report:export', { format: 'html', options: { script: true } });
      expect(extra.ok).toBe(false);
    } finally {
      await services.close();
    }
  });

  it('says so when the shell has no save dialog, and imports drafts sent as bytes', async () => {
    const folder = await tempDir();
    const { services, call, raw } = await harness(noDialogs, { print: async () => new Uint8Array() });
    try {
      await call('project:create', { dir: join(folder, 'P.factdesk'), title: 'P' });
      const refused = await raw('dialog:saveReport', { format: 'md', options: {} });
      expect(refused).toEqual({
        ok: false,
        error: {
          code: 'unavailable',
          message: 'This workbench cannot save files itself; export the report as a download.',
        },
      });
      const docx = await Packer.toBuffer(
        new Document({
          sections: [
            {
              children: [
                new Paragraph({ children: [new TextRun('Some 13,000 soldiers arrived on Monday.')] }),
              ],
            },
          ],
        }),
      );
      const result = await call('documents:importBytes', {
        fileName: 'draft.docx',
        base64: Buffer.from(docx).toString('base64'),
      });
      expect(result.failed).toEqual([]);
      expect(result.imported[0]).toMatchObject({ fileName: 'draft.docx', sourceFormat: 'docx' });
      expect(result.imported[0]!.claimCount).toBeGreaterThan(0);
      const broken = await call('documents:importBytes', { fileName: 'x.pdf', base64: 'aGVsbG8=' });
      expect(broken.failed).toEqual([
        {
          file: 'x.pdf',
          error: 'x.pdf is damaged or is not a PDF: it has no PDF header.',
          code: 'unreadable-draft',
        },
      ]);
    } finally {
      await services.close();
    }
  });
});
