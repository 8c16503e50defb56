import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { announcer, claimsTable, details } from '../support/pages';
import { expect, test } from '../support/workbench';

/** An HTML page whose metadata gives its publication date, with relative dates in its text. */
const DATED_PAGE = `<!doctype html><html><head><title>Exercise draft</title>
<meta property="article:published_time" content="2022-03-10T08:00:00Z"></head>
<body><article><h1>Exercise draft</h1>
<p>Some 13,000 soldiers took part in the exercise last year, officials said on Thursday.</p>
</article></body></html>`;

/** A plain-text draft with a relative date and no publication date anywhere. */
const UNDATED_TEXT =
  'Undated draft\n\nSome 13,000 soldiers took part in the exercise last year, officials said.\n';

interface SavedDocument {
  title: string;
  documentDate?: string;
  documentDateSource?: string;
  claims: { quote: string; values?: { dateStart?: string } }[];
}

/** Opens the workbench, imports one draft through the file input and shows it. */
async function importAndShow(
  page: Page,
  url: string,
  file: Parameters<Locator['setInputFiles']>[0],
  title: string,
): Promise<void> {
  await page.goto(url);
  await expect(claimsTable(page)).toBeVisible();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('navigation', { name: 'Documents' }).getByText(title).click();
}

/** The imported page's document file as it is on disk now. */
async function datedDocument(projectDir: string): Promise<SavedDocument> {
  const folder = join(projectDir, 'documents');
  const names = (await readdir(folder)).filter((n) => n.endsWith('.json') && !n.endsWith('.versions.json'));
  const docs = await Promise.all(
    names.map(async (n) => JSON.parse(await readFile(join(folder, n), 'utf8')) as SavedDocument),
  );
  return docs.find((doc) => doc.title === 'Exercise draft')!;
}

test("a dated HTML draft imported in the workbench resolves its dates at once, and the checker's own date reads them again (with undo)", async ({
  page,
  workbench,
}) => {
  await importAndShow(
    page,
    workbench.url,
    { name: 'exercise.html', mimeType: 'text/html', buffer: Buffer.from(DATED_PAGE) },
    'Exercise draft',
  );

  // Read at import from the page's metadata: no "Find claims again" needed.
  const date = page.getByLabel('Publication date');
  await expect(date).toHaveValue('2022-03-10');
  await claimsTable(page).getByText('last year', { exact: true }).click();
  await expect(details(page)).toContainText(/Date resolved to .*2021/);

  // The checker corrects it: the draft's dates are read against the new one and saved.
  await date.fill('2023-05-01');
  await date.press('Enter');
  await expect(announcer(page)).toContainText('Publication date set to 2023-05-01');
  await expect(details(page)).toContainText(/Date resolved to .*2022/);
  const saved = await datedDocument(workbench.projectDir);
  expect(saved).toMatchObject({ documentDate: '2023-05-01', documentDateSource: 'given' });
  expect(saved.claims.find((claim) => claim.quote === 'last year')?.values?.dateStart).toBe('2022-01-01');

  // One undo step puts the date and every reading back.
  await claimsTable(page).getByText('last year', { exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect(announcer(page)).toContainText('Undid');
  await expect(date).toHaveValue('2022-03-10');
  await expect(details(page)).toContainText(/Date resolved to .*2021/);
});

test('a date the draft cannot place says why and how to place it: the publication date, set in the draft', async ({
  page,
  workbench,
}) => {
  await importAndShow(
    page,
    workbench.url,
    { name: 'undated.txt', mimeType: 'text/plain', buffer: Buffer.from(UNDATED_TEXT) },
    'Undated draft',
  );
  await expect(page.getByLabel('Publication date')).toHaveValue('');
  await claimsTable(page).getByText('last year', { exact: true }).click();
  await expect(details(page)).toContainText(
    'Date not resolved: it is counted from the draft’s publication date, which is not set. Set “Published” above the draft to place it.',
  );

  const date = page.getByLabel('Publication date');
  await date.fill('2023-05-01');
  await date.press('Enter');
  await expect(details(page)).toContainText(/Date resolved to .*2022/);
  await expect(details(page)).not.toContainText('Date not resolved');
});
