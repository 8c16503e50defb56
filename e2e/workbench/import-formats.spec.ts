import { Document, Packer, Paragraph } from 'docx';
import { expect, test } from '../support/workbench';

test('a Word draft chosen in the browser workbench is read by the real services', async ({
  page,
  workbench,
}) => {
  const word = new Document({
    sections: [
      {
        children: [
          new Paragraph('Minsk exercise draft'),
          new Paragraph(
            'Some 13,000 soldiers took part in the exercise, the largest since 2019, officials said.',
          ),
        ],
      },
    ],
  });
  const bytes = await Packer.toBuffer(word);
  await page.goto(workbench.url);
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.locator('input[type=file]').setInputFiles({
    name: 'minsk.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(bytes),
  });
  const documents = page.getByRole('navigation', { name: 'Documents' });
  await expect(documents.getByText('Minsk exercise draft')).toBeVisible();
  await expect(page.getByRole('table').first().getByText('Some 13,000 soldiers').first()).toBeVisible();
});

test('a draft with no text is refused in one sentence that names the file once', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.locator('input[type=file]').setInputFiles({
    name: 'empty.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('  \n'),
  });
  await expect(page.getByText('empty.txt has no text to check.')).toBeVisible();
  await expect(page.getByText('empty.txt: empty.txt', { exact: false })).toHaveCount(0);
});
