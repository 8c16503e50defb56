import { readFile } from 'node:fs/promises';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors';
import { encryptedPdf } from '../../test-support/drafts/encrypted-pdf';
import { SEED_SAMPLE } from '../../test-support/temp-dir';
import { inlineRunner, workerRunner } from './extraction-runner';

// The worker is the real bundle that the shells load (built by the test run's global setup).
const builtWorker = new URL('../../dist/workers/extract-worker.mjs', import.meta.url);

describe('extraction runners', () => {
  it('find the same claims in a worker thread as on this thread, with progress', async () => {
    const seed = (await readFile(SEED_SAMPLE, 'utf8')).replace(/\r\n?/g, '\n');
    const text = Array.from({ length: 40 }, () => seed).join('\n\n');
    const progress: number[] = [];
    const inWorker = await workerRunner(builtWorker).extract({ text }, (fraction) => progress.push(fraction));
    const inline = await inlineRunner.extract({ text });
    expect(inWorker.claims.map((c) => [c.start, c.end, c.kind])).toEqual(
      inline.claims.map((c) => [c.start, c.end, c.kind]),
    );
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((f) => f >= 0 && f <= 1)).toBe(true);
  });

  it('rejects when the worker script cannot run', async () => {
    await expect(
      workerRunner(new URL('file:///nonexistent/worker.mjs')).extract({ text: 'x' }),
    ).rejects.toThrow();
  });

  it('read Word drafts in the worker as on this thread', async () => {
    const word = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ children: [new TextRun('The harbour budget rose 6 percent in 2024.')] }),
              new Paragraph({ children: [new TextRun('The ferry will cost 12 million euros.')] }),
            ],
          },
        ],
      }),
    );
    const bytes = new Uint8Array(word);
    const inWorker = await workerRunner(builtWorker).readDraft('harbour.docx', bytes);
    expect(inWorker).toEqual(await inlineRunner.readDraft('harbour.docx', bytes));
    expect(inWorker).toMatchObject({ fileName: 'harbour.docx', format: 'docx' });
    expect(inWorker.text).toContain('The ferry will cost 12 million euros.');
  });

  it("give the reader's own sentence for a draft it cannot read, from the worker as on this thread", async () => {
    const locked = new Uint8Array(encryptedPdf('secret'));
    const inline = await inlineRunner.readDraft('locked.pdf', locked).catch((error: unknown) => error);
    const inWorker = await workerRunner(builtWorker)
      .readDraft('locked.pdf', locked)
      .catch((error: unknown) => error);
    expect(inline).toBeInstanceOf(UserError);
    expect(inWorker).toBeInstanceOf(UserError);
    expect((inWorker as Error).message).toBe((inline as Error).message);
    expect((inWorker as Error).message).toMatch(/^locked\.pdf is protected with a password/);
  });
});
