import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChromiumPdfPrinter } from '../../reports/pdf-printer';
import { tempDir } from '../../../test-support/temp-dir';
import { readDraftFile } from '../read-draft';
import { encryptedPdf } from '../../../test-support/drafts/encrypted-pdf';
import {
  requireChromium,
  skipWithoutChromium,
  testChromium,
  titleNeedingChromium,
} from '../../../test-support/chromium';

const printer = new ChromiumPdfPrinter(testChromium.path);
afterAll(() => printer.close());

const LONG =
  'NATO Secretary General Jens Stoltenberg said on Thursday that Russia had moved some 30,000 troops into Belarus, ' +
  'the largest deployment there since the Cold War, and that joint exercises would run from February 10 to 20 ' +
  'along the southern border, including the border with Ukraine.';

const ARTICLE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Draft</title>
<style>body { font: 12pt/1.4 serif; } p { margin: 0 0 10pt; } h1 { font-size: 20pt; }</style></head><body>
<h1>NATO warns on Belarus</h1>
<p>${LONG}</p>
<p>Unemployment fell to 3.5 percent last year.</p>
<ul><li>Some 13,000 soldiers took part.</li></ul>
<p style="break-before: page">A second page starts here with 800 tanks.</p>
</body></html>`;

describe('reading .pdf drafts', () => {
  it.skipIf(skipWithoutChromium)(
    titleNeedingChromium('reads the text layer of a PDF printed by Chromium as paragraphs'),
    async () => {
      requireChromium();
      const dir = await tempDir();
      const path = join(dir, 'article.pdf');
      await writeFile(path, await printer.print(ARTICLE));
      const draft = await readDraftFile(path);
      expect(draft.format).toBe('pdf');
      expect(draft.text.split('\n\n')).toEqual([
        'NATO warns on Belarus',
        LONG,
        'Unemployment fell to 3.5 percent last year.',
        'Some 13,000 soldiers took part.',
        'A second page starts here with 800 tanks.',
      ]);
    },
  );

  it.skipIf(skipWithoutChromium)(titleNeedingChromium('refuses a PDF with no text layer'), async () => {
    requireChromium();
    const dir = await tempDir();
    const path = join(dir, 'scan.pdf');
    const html =
      '<!DOCTYPE html><html lang="en"><head><title>s</title></head><body><div style="width:300px;height:300px;background:#000"></div></body></html>';
    await writeFile(
      path,
      await printer.print(html.replace('<body>', '<body style="-webkit-print-color-adjust:exact">')),
    );
    await expect(readDraftFile(path)).rejects.toThrow('scan.pdf has no text layer (it looks scanned)');
  });

  it('refuses an encrypted PDF, asking for an unprotected copy', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'locked.pdf'), encryptedPdf('secret'));
    await expect(readDraftFile(join(dir, 'locked.pdf'))).rejects.toThrow(
      'locked.pdf is protected with a password; open it, save an unprotected copy (print to PDF) and import that.',
    );
  });

  it('refuses damaged PDFs in one sentence', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'cut.pdf'),
      Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x41)]),
    );
    await expect(readDraftFile(join(dir, 'cut.pdf'))).rejects.toThrow(
      'cut.pdf is damaged or is not a PDF Factdesk can read.',
    );
    await writeFile(join(dir, 'text.pdf'), 'hello');
    await expect(readDraftFile(join(dir, 'text.pdf'))).rejects.toThrow(
      'text.pdf is damaged or is not a PDF: it has no PDF header.',
    );
  });
});
