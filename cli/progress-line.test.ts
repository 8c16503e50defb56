import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { importProgressText, pdfProgressText, progressLine } from './progress-line';

/** A stream that says it is (or is not) a terminal, keeping what was written. */
function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY });
  let text = '';
  (stream as unknown as PassThrough).on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, written: () => text };
}

describe('progress line', () => {
  it('is nothing at all when the stream is not a terminal', () => {
    expect(progressLine(fakeStream(false).stream)).toBeUndefined();
  });

  it('redraws in place at most every 100 ms, draws the newest text of a skipped redraw, and clears', async () => {
    vi.useFakeTimers();
    try {
      const { stream, written } = fakeStream(true);
      const line = progressLine(stream)!;
      line.show(pdfProgressText({ partsDone: 0, parts: 3 }));
      line.show(pdfProgressText({ partsDone: 1, parts: 3 }));
      line.show(pdfProgressText({ partsDone: 2, parts: 3 }));
      await Promise.resolve();
      expect(written()).toBe('\r\x1b[2KPrinting the PDF: part 1 of 3');
      await vi.advanceTimersByTimeAsync(100);
      expect(written()).toBe('\r\x1b[2KPrinting the PDF: part 1 of 3\r\x1b[2KPrinting the PDF: part 3 of 3');
      line.show(pdfProgressText({ partsDone: 3, parts: 3 }));
      line.clear();
      await vi.advanceTimersByTimeAsync(200);
      // The skipped "joined" text is dropped by the clear: the line is erased, nothing drawn after.
      expect(written().endsWith('part 3 of 3\r\x1b[2K')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts drafts with thousands separators', () => {
    expect(importProgressText(1200, 6000)).toBe('Importing: 1,200 of 6,000 drafts');
    expect(importProgressText(0, 1)).toBe('Importing: 0 of 1 draft');
  });
});
