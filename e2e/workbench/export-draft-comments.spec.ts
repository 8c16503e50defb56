import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { details, filterClaims, openWorkbench, rowOf } from '../support/pages';
import { expect, test } from '../support/workbench';

/** A Word draft whose figure is split across a bold run and an italic one. */
async function wordDraft(): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph('Minsk exercise draft'),
            new Paragraph({
              children: [
                new TextRun('Officials said '),
                new TextRun({ text: '13,000', bold: true }),
                new TextRun({ text: ' soldiers', italics: true }),
                new TextRun(' took part in the exercise in 2021.'),
              ],
            }),
          ],
        },
      ],
    }),
  );
}

test('the draft with comments is exported from the dialog: the Word draft back with a comment on its checked claim', async ({
  page,
  workbench,
}) => {
  test.slow(); // an import, a verdict and a Word export on a shared two-core machine
  await openWorkbench(page, workbench.url);
  const draft = await wordDraft();
  await page.locator('input[type=file]').setInputFiles({
    name: 'minsk.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: draft,
  });
  await expect(
    page.getByRole('navigation', { name: 'Documents' }).getByText('Minsk exercise draft'),
  ).toBeVisible();
  await expect
    .poll(async () => (await workbench.readAllClaims()).some((c) => c.quote === '13,000 soldiers'))
    .toBe(true);
  const claim = (await workbench.readAllClaims()).find((c) => c.quote === '13,000 soldiers')!;

  await filterClaims(page, '13,000 soldiers took');
  await rowOf(page, claim.id).click();
  await details(page).getByRole('button', { name: 'Verified', exact: true }).click();
  await expect(details(page).getByRole('button', { name: 'Verified', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByRole('button', { name: 'Export report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  await dialog.getByRole('radio', { name: /Draft with comments/ }).check();
  // Two drafts in the project: the dialog asks which one goes back.
  await dialog.getByRole('button', { name: 'Download' }).click();
  await expect(dialog.getByText('Choose the draft to write back with comments.')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Document' }).selectOption({ label: 'Minsk exercise draft' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  await expect(dialog).toHaveCount(0);
  expect(file.suggestedFilename()).toBe('Minsk exercise draft with comments.docx');
  const bytes = new Uint8Array(await readFile((await file.path())!));

  const parts = unzipSync(bytes);
  const comments = strFromU8(parts['word/comments.xml']!);
  const body = strFromU8(parts['word/document.xml']!);
  // One comment, by the checker, saying the verdict; anchored on the claim across its bold and italic runs.
  expect(comments.match(/<w:comment /g)).toHaveLength(1);
  // The web workbench's checker is the system account's name (see seedChecker).
  expect(comments).toContain(`<w:comment w:id="0" w:author="${userInfo().username || 'Checker'}"`);
  expect(comments).toContain('Verified');
  expect(comments).toContain('Claim checked: ');
  const range = body.match(/<w:commentRangeStart w:id="0"\/>([\s\S]*?)<w:commentRangeEnd w:id="0"\/>/)![1]!;
  expect([...range.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).toBe('13,000 soldiers');
  expect(range).toContain('<w:b/>');
  expect(range).toContain('<w:i/>');
  expect(body).toContain('<w:commentReference w:id="0"/>');
  // The writer's text is as it was.
  const before = await mammoth.extractRawText({ buffer: draft });
  const after = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  expect(after.value).toBe(before.value);
});
