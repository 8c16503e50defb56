import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors';
import { encryptedPdf } from '../../test-support/drafts/encrypted-pdf';
import { SEED_SAMPLE, tempDir } from '../../test-support/temp-dir';
import { ChromiumPdfPrinter } from '../reports/pdf-printer';
import { inlineRunner, workerRunner, type ExtractionOutcome } from './extraction-runner';

// The worker is the real bundle that the shells load (built by the test run's global setup).
const builtWorker = new URL('../../dist/workers/extract-worker.mjs', import.meta.url);
const worker = workerRunner(builtWorker);

const chromium = process.env.FACTDESK_CHROMIUM || '/usr/bin/chromium';
const noChromium = existsSync(chromium) ? '' : ` — skipped: no Chromium at ${chromium} to make the PDF`;
const printer = new ChromiumPdfPrinter(existsSync(chromium) ? chromium : undefined);
afterAll(() => printer.close());

const STORY = [
  'Council backs the harbour plan',
  'PORT ELLIS, March 3, 2023 — The council voted on Thursday to spend $27 million on the harbour.',
  'Traffic through the port fell by 12 percent last year, officials said.',
];

/** A Word draft with a dateline, made with the `docx` package. */
async function wordDraft(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: STORY.map(
          (line, index) =>
            new Paragraph({
              ...(index === 0 ? { heading: HeadingLevel.HEADING_1 } : {}),
              children: [new TextRun(line)],
            }),
        ),
      },
    ],
  });
  return Packer.toBuffer(document);
}

const valuesOf = (outcome: ExtractionOutcome, quote: string) =>
  outcome.found.claims.find((claim) => claim.quote === quote)?.values;

describe('extraction jobs', () => {
  it('read a Word draft in the worker and resolve its dates against its dateline', async () => {
    const dir = await tempDir();
    const path = join(dir, 'harbour.docx');
    await writeFile(path, await wordDraft());
    const progress: number[] = [];
    const outcome = await worker.run({ source: { kind: 'file', path } }, (fraction) =>
      progress.push(fraction),
    );
    expect(outcome.draft).toMatchObject({ fileName: 'harbour.docx', format: 'docx', title: STORY[0] });
    expect(outcome.publicationDate).toEqual({ date: '2023-03-03', source: 'dateline' });
    expect(valuesOf(outcome, 'on Thursday')).toMatchObject({ dateStart: '2023-03-02' });
    expect(valuesOf(outcome, 'last year')).toMatchObject({ dateStart: '2022-01-01', dateEnd: '2022-12-31' });
    expect(progress.at(0)).toBe(0);
    expect(progress.at(-1)).toBe(1);
    // The same job on this thread finds the same; bytes sent by a browser read the same as the file.
    const bytes = await readFile(path);
    const inline = await inlineRunner.run({ source: { kind: 'bytes', fileName: 'harbour.docx', bytes } });
    expect(inline.found.claims).toEqual(outcome.found.claims);
  });

  it.skipIf(Boolean(noChromium))(
    `read a PDF draft in the worker, so this thread never loads the PDF reader${noChromium}`,
    async () => {
      const dir = await tempDir();
      const path = join(dir, 'harbour.pdf');
      // Paragraphs of several lines, as in a real draft, so the reader can tell them apart.
      const more =
        ' The plan had been debated for months, and the harbour master spoke for it at length.'.repeat(3);
      const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body { font: 12pt/1.4 serif; } p { margin: 0 0 10pt; } h1 { font-size: 20pt; }</style></head><body><h1>${STORY[0]}</h1><p>${STORY[1]}${more}</p><p>${STORY[2]}${more}</p></body></html>`;
      await writeFile(path, await printer.print(page));
      const outcome = await worker.run({ source: { kind: 'file', path } });
      expect(outcome.draft.text.split('\n\n')).toEqual([
        STORY[0],
        `${STORY[1]}${more}`,
        `${STORY[2]}${more}`,
      ]);
      expect(outcome.publicationDate).toEqual({ date: '2023-03-03', source: 'dateline' });
      expect(valuesOf(outcome, 'on Thursday')).toMatchObject({ dateStart: '2023-03-02' });
      // pdf.js, once loaded, leaves its worker code on the global object of the thread that read the PDF.
      expect('pdfjsWorker' in globalThis).toBe(false);
    },
  );

  it('let a date a person gave win over the dateline, and a known date stand in for none', async () => {
    const text = STORY.join('\n\n');
    const given = await worker.run({
      source: { kind: 'text', fileName: 'harbour.txt', text },
      givenDate: { date: '2024-06-14', source: 'given' },
      knownDate: { date: '2000-01-01', source: 'metadata' },
    });
    expect(given.publicationDate).toEqual({ date: '2024-06-14', source: 'given' });
    expect(valuesOf(given, 'last year')).toMatchObject({ dateStart: '2023-01-01' });
    const undated = text.replace('PORT ELLIS, March 3, 2023 — ', '');
    const known = await inlineRunner.run({
      source: { kind: 'document', fileName: 'harbour.txt', format: 'txt', text: undated },
      knownDate: { date: '2021-05-05', source: 'metadata' },
    });
    expect(known.publicationDate).toEqual({ date: '2021-05-05', source: 'metadata' });
    expect(valuesOf(known, 'last year')).toMatchObject({ dateStart: '2020-01-01' });
  });

  it('find the same claims in a worker thread as on this thread in a long draft, with progress', async () => {
    const seed = (await readFile(SEED_SAMPLE, 'utf8')).replace(/\r\n?/g, '\n');
    const text = Array.from({ length: 40 }, () => seed).join('\n\n');
    const progress: number[] = [];
    const source = { kind: 'text', fileName: 'long.txt', text } as const;
    const inWorker = await worker.run({ source }, (fraction) => progress.push(fraction));
    const inline = await inlineRunner.run({ source });
    expect(inWorker.found.claims.map((c) => [c.start, c.end, c.kind])).toEqual(
      inline.found.claims.map((c) => [c.start, c.end, c.kind]),
    );
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((f) => f >= 0 && f <= 1)).toBe(true);
  });

  it("bring a reader's refusal back as its sentence, and reject when the worker cannot run", async () => {
    await expect(
      worker.run({ source: { kind: 'bytes', fileName: 'notes.pdf', bytes: new Uint8Array([1, 2, 3]) } }),
    ).rejects.toThrow('notes.pdf is damaged or is not a PDF: it has no PDF header.');
    await expect(
      workerRunner(new URL('file:///nonexistent/worker.mjs')).run({
        source: { kind: 'text', fileName: 'x.txt', text: 'x' },
      }),
    ).rejects.toThrow();
  });

  it("give the reader's own sentence for a draft it cannot read, from the worker as on this thread", async () => {
    const bytes = new Uint8Array(encryptedPdf('secret'));
    const job = { source: { kind: 'bytes' as const, fileName: 'locked.pdf', bytes } };
    const inline = await inlineRunner.run(job).catch((error: unknown) => error);
    const inWorker = await worker.run(job).catch((error: unknown) => error);
    expect(inline).toBeInstanceOf(UserError);
    expect(inWorker).toBeInstanceOf(UserError);
    expect((inWorker as Error).message).toBe((inline as Error).message);
    expect((inWorker as Error).message).toMatch(/^locked\.pdf is protected with a password/);
  });
});
