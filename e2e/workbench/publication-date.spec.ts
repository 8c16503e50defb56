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

/** Imports the dated page and shows it; resolves with its Published field, holding the page's date. */
async function importDatedPage(page: Page, url: string): Promise<Locator> {
  await importAndShow(
    page,
    url,
    { name: 'exercise.html', mimeType: 'text/html', buffer: Buffer.from(DATED_PAGE) },
    'Exercise draft',
  );
  const date = page.getByLabel('Publication date');
  await expect(date).toHaveValue('2022-03-10');
  return date;
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
  // Read at import from the page's metadata: no "Find claims again" needed.
  const date = await importDatedPage(page, workbench.url);
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

test('the Published field by keyboard: Tab sets a date, Escape puts the date before back, a date that is no date is said and kept', async ({
  page,
  workbench,
}) => {
  const date = await importDatedPage(page, workbench.url);
  const saved = async () => (await datedDocument(workbench.projectDir)).documentDate;

  // Typed, then Tab: set, and focus goes on to the next control.
  await date.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2023-05-01');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Draft language')).toBeFocused();
  await expect(announcer(page)).toContainText('Publication date set to 2023-05-01');
  await expect.poll(saved).toBe('2023-05-01');
  await expect(date).toHaveValue('2023-05-01');

  // Typed, then Escape: the date before comes back (not an empty field), nothing is set; the next
  // Escape leaves for the table.
  await page.keyboard.press('Shift+Tab');
  await expect(date).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2024-01-15');
  await page.keyboard.press('Escape');
  await expect(date).toHaveValue('2023-05-01');
  await expect(date).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(claimsTable(page)).toBeFocused();
  expect(await saved()).toBe('2023-05-01');

  // A date that is no date, then Tab: said in a sentence, kept as typed for mending, not set.
  await date.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2023-02-30');
  await page.keyboard.press('Tab');
  const problem = page.getByRole('alert').filter({ hasText: '“2023-02-30” is not a date' });
  await expect(problem).toHaveText(
    '“2023-02-30” is not a date: write it as year-month-day, for example 2022-03-10. The publication date stays 2023-05-01.',
  );
  await expect(date).toHaveValue('2023-02-30');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/is not a date/);
  expect(await saved()).toBe('2023-05-01');

  // Mended, then Enter: set, the sentence goes, and focus stays in the field.
  await date.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('28');
  await page.keyboard.press('Enter');
  await expect(announcer(page)).toContainText('Publication date set to 2023-02-28');
  await expect.poll(saved).toBe('2023-02-28');
  await expect(problem).toHaveCount(0);
  await expect(date).not.toHaveAttribute('aria-invalid');
  await expect(date).toBeFocused();
});
