import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test-support/temp-dir';
import { readDraftFile } from '../read-draft';
import { zipBombDocx } from '../../../test-support/drafts/zip-bombs';

/** A Word draft made with the `docx` package: a headline, paragraphs and a bulleted list. */
async function wordDraft(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun('Budget debate heats up')],
          }),
          new Paragraph({
            children: [
              new TextRun('The minister said unemployment fell to '),
              new TextRun({ text: '3.5 percent', bold: true }),
              new TextRun(' last year.'),
            ],
          }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Spending rose by 12 percent.')] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Taxes stayed flat.')] }),
          new Paragraph({ children: [new TextRun('<script>alert(1)</script> stays text.')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe('reading .docx drafts', () => {
  it('reads headings, paragraphs and lists of a Word file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'budget.docx');
    await writeFile(path, await wordDraft());
    const draft = await readDraftFile(path);
    expect(draft).toMatchObject({ fileName: 'budget.docx', format: 'docx', title: 'Budget debate heats up' });
    expect(draft.text).toBe(
      [
        'Budget debate heats up',
        'The minister said unemployment fell to 3.5 percent last year.',
        '- Spending rose by 12 percent.\n- Taxes stayed flat.',
        '<script>alert(1)</script> stays text.',
      ].join('\n\n'),
    );
  });

  it('refuses a truncated (corrupt) .docx, a zip bomb and a password-protected file with a sentence', async () => {
    const dir = await tempDir();
    const whole = await wordDraft();
    await writeFile(join(dir, 'cut.docx'), whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(readDraftFile(join(dir, 'cut.docx'))).rejects.toThrow(
      'cut.docx is damaged or is not a Word document: its zip archive cannot be read.',
    );
    await writeFile(join(dir, 'bomb.docx'), zipBombDocx(40));
    await expect(readDraftFile(join(dir, 'bomb.docx'))).rejects.toThrow(/bomb\.docx was refused .* zip bomb/);
    const ole = Buffer.alloc(1024);
    Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(ole);
    await writeFile(join(dir, 'locked.docx'), ole);
    await expect(readDraftFile(join(dir, 'locked.docx'))).rejects.toThrow(
      'locked.docx is protected with a password or is an old Word .doc file',
    );
    await writeFile(join(dir, 'plain.docx'), 'just text');
    await expect(readDraftFile(join(dir, 'plain.docx'))).rejects.toThrow(
      'plain.docx is damaged or is not a Word document',
    );
    await expect(readDraftFile(join(dir, 'old.doc'))).rejects.toThrow(
      'old.doc is an old Word .doc file; save it as .docx',
    );
  });
});
