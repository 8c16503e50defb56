import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expectNoSeriousAxeLightAndDark } from '../support/axe';
import { details, filterClaims, openWorkbench, rowOf } from '../support/pages';
import { expect, test } from '../support/workbench';

const EVIDENCE = 'Minutes of the NATO briefing, 3 February 2022: some 13,000 soldiers.';

test('a citation keeps its archived URL, confidentiality and an attached file (sha256) through an edit', async ({
  page,
  workbench,
}) => {
  test.slow(); // many steps, with axe in light and dark, on a shared two-core machine
  await openWorkbench(page, workbench.url);
  const soldiers = (await workbench.readAllClaims()).find((c) => c.quote === 'Some 13,000 soldiers')!;
  await filterClaims(page, '13,000');
  await rowOf(page, soldiers.id).click();
  await details(page).getByRole('button', { name: 'Add citation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add citation' });
  // A pasted title longer than Factdesk keeps is named beside its field, and focused.
  await dialog.getByLabel('Title').fill('Briefing minutes '.repeat(60));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await expect(dialog.getByLabel('Title')).toHaveAccessibleDescription(
    /The title is 1,019 characters long; Factdesk keeps at most 1,000\./,
  );
  await dialog.getByLabel('Title').fill('Briefing minutes');
  await dialog.getByLabel('Archived copy').fill('file:///etc/passwd');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Archived copy')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Archived copy').fill('https://web.archive.org/web/2022/https://www.nato.int/');
  await dialog.getByLabel('Attach file').setInputFiles({
    name: 'briefing-minutes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(EVIDENCE),
  });
  await expect(dialog.getByText('Will attach: briefing-minutes.txt')).toBeVisible();
  await dialog.getByRole('checkbox', { name: /Confidential source/ }).check();
  await expectNoSeriousAxeLightAndDark(page, 'add citation dialog', 'dialog[open]');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  const hash = createHash('sha256').update(EVIDENCE).digest('hex');
  const onDisk = async () => (await workbench.readAllClaims()).find((c) => c.id === soldiers.id)!.citations;
  await expect.poll(onDisk).toEqual([
    expect.objectContaining({
      title: 'Briefing minutes',
      archivedUrl: 'https://web.archive.org/web/2022/https://www.nato.int/',
      confidential: true,
      file: {
        name: 'briefing-minutes.txt',
        path: `attachments/${hash}.txt`,
        sha256: hash,
        size: EVIDENCE.length,
      },
    }),
  ]);
  expect(await readFile(join(workbench.projectDir, 'attachments', `${hash}.txt`), 'utf8')).toBe(EVIDENCE);
  await expect(details(page).getByText(`File: briefing-minutes.txt · sha256 ${hash}`)).toBeVisible();
  await expect(details(page).getByRole('link', { name: 'Archived copy' })).toHaveAttribute(
    'href',
    'https://web.archive.org/web/2022/https://www.nato.int/',
  );

  // Edit: the fields come back, the file stays, confidentiality can be lifted.
  await details(page).getByRole('button', { name: 'Edit citation: Briefing minutes' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit citation' });
  await expect(edit.getByLabel('Archived copy')).toHaveValue(
    'https://web.archive.org/web/2022/https://www.nato.int/',
  );
  await expect(edit.getByRole('checkbox', { name: /Confidential source/ })).toBeChecked();
  await expect(edit.getByText('Attached: briefing-minutes.txt')).toBeVisible();
  await edit.getByLabel('Publisher').fill('NATO');
  await edit.getByRole('checkbox', { name: /Confidential source/ }).uncheck();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toHaveCount(0);
  await expect.poll(onDisk).toEqual([
    expect.objectContaining({
      publisher: 'NATO',
      archivedUrl: 'https://web.archive.org/web/2022/https://www.nato.int/',
      file: expect.objectContaining({ sha256: hash }),
    }),
  ]);
  expect((await onDisk())[0]).not.toHaveProperty('confidential');
});

test('the sources library exports references and imports a RIS file into the selected claim', async ({
  page,
  workbench,
}) => {
  test.slow(); // many steps, with axe in light and dark, on a shared two-core machine
  await openWorkbench(page, workbench.url);
  const claims = await workbench.readAllClaims();
  const soldiers = claims.find((c) => c.quote === 'Some 13,000 soldiers')!;
  const paratroopers = claims.find((c) => c.quote === 'another 3,500 paratroopers')!;
  await filterClaims(page, '13,000');
  await rowOf(page, soldiers.id).click();
  await details(page).getByRole('button', { name: 'Add citation' }).click();
  const add = page.getByRole('dialog', { name: 'Add citation' });
  await add.getByLabel('URL').fill('https://www.nato.int/cps/en/natohq/news.htm');
  await add.getByLabel('Title').fill('NATO press point');
  await add.getByRole('button', { name: 'Save' }).click();
  await expect(add).toHaveCount(0);

  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const library = page.getByRole('dialog', { name: 'Sources library' });
  await library.getByLabel('References format').selectOption('ris');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    library.getByRole('button', { name: 'Export references' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('Belarus desk sources.ris');
  const ris = await readFile((await file.path())!, 'utf8');
  expect(ris).toMatch(/TI {2}- NATO press point/);
  expect(ris).toContain('https://www.nato.int/cps/en/natohq/news.htm');
  await expect(library.getByText('Exported 1 reference as Belarus desk sources.ris.')).toBeVisible();
  await library.getByRole('button', { name: 'Close' }).click();

  await filterClaims(page, '3,500');
  await rowOf(page, paratroopers.id).click();
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await library.getByLabel('Import references into the selected claim').setInputFiles({
    name: 'nato.ris',
    mimeType: 'application/x-research-info-systems',
    buffer: Buffer.from(ris),
  });
  await expect(library.getByText('Added 1 citation from nato.ris to the selected claim.')).toBeVisible();
  await expect(
    library.getByRole('list', { name: /Where “NATO press point” is cited/ }).getByRole('listitem'),
  ).toHaveCount(2);
  await expect
    .poll(async () => (await workbench.readAllClaims()).find((c) => c.id === paratroopers.id)?.citations)
    .toEqual([
      expect.objectContaining({
        title: 'NATO press point',
        url: 'https://www.nato.int/cps/en/natohq/news.htm',
      }),
    ]);
  await library
    .getByLabel('Import references into the selected claim')
    .setInputFiles({ name: 'notes.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
  await expect(library.getByRole('alert')).toHaveText(
    'notes.docx is not a references file Factdesk can read; it reads .bib, .ris and CSL .json files.',
  );
  await expectNoSeriousAxeLightAndDark(page, 'sources library', 'dialog[open]');
});
