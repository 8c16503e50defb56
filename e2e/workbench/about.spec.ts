import { readFileSync } from 'node:fs';
import { expectNoSeriousAxeLightAndDark } from '../support/axe';
import { claimRows } from '../support/pages';
import { expect, test } from '../support/workbench';

interface LicensesFile {
  app: { version: string };
  packages: { name: string; version: string; license: string; usedBy: string[] }[];
  datasets: { name: string; license: string; licenseText: string }[];
}
const licenses = JSON.parse(readFileSync('dist/licenses.json', 'utf8')) as LicensesFile;
/** What the web workbench runs: its server, the claim worker and the renderer (not the CLI, not Electron). */
const inWeb = licenses.packages.filter((entry) =>
  entry.usedBy.some((part) => part === 'renderer' || /^(web|workers)\//.test(part)),
);

test('About Factdesk from the start screen: version, Factdesk’s licence, every bundled package’s licence; axe', async ({
  page,
  emptyWorkbench,
}) => {
  test.setTimeout(180_000); // axe over the long licence list, in light and dark, on a busy machine
  await page.goto(emptyWorkbench.url);
  const opener = page.getByRole('button', { name: 'About Factdesk' });
  await opener.click();
  const about = page.getByRole('dialog', { name: 'About Factdesk' });
  await expect(about).toBeVisible();
  await expect(about.getByText(`Factdesk ${licenses.app.version}`, { exact: true })).toBeVisible();
  await expect(about.getByRole('button', { name: 'Done' })).toBeFocused();

  // Factdesk's own licence, unfolded with the keyboard.
  const own = about.getByRole('region', { name: 'Licence', exact: true });
  await page.keyboard.press('Tab'); // from Done round to Close…
  await expect(about.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab'); // …then the first licence
  await page.keyboard.press('Enter');
  await expect(own.getByText(/Permission is hereby granted, free of charge/)).toBeVisible();

  // Every package bundled into the web workbench, each with its licence.
  const list = about.getByRole('list', { name: 'Third-party packages' });
  await expect(list.getByRole('listitem')).toHaveCount(inWeb.length);
  expect(inWeb.map((entry) => entry.name)).toEqual(
    expect.arrayContaining(['react', 'react-dom', 'zod', 'lowdb']),
  );
  // Exactly those: the CLI's own packages and Electron's are not in the web workbench.
  await expect(list.locator('.about-package')).toHaveText(inWeb.map((entry) => entry.name));
  await expect(about).toContainText(`includes code from ${inWeb.length} open-source packages`);
  const react = list.getByRole('listitem').filter({ hasText: /^react\s/ });
  await expect(react).toContainText('MIT');
  await react.getByText('react', { exact: true }).click();
  await expect(react.getByText(/Copyright \(c\) Meta Platforms/)).toBeVisible();

  // The data the check-worthiness model was trained on, credited as its licence asks.
  const data = about.getByRole('list', { name: 'Training data' });
  expect(licenses.datasets.map((entry) => entry.license)).toEqual(['CC-BY-4.0']);
  await expect(data.getByRole('listitem')).toHaveCount(1);
  const claimBuster = data.getByRole('listitem').first();
  await expect(claimBuster).toContainText(/^ClaimBuster: A Benchmark Dataset of Check-worthy Factual Claims/);
  await expect(claimBuster).toContainText('CC-BY-4.0');
  await claimBuster.locator('summary').click();
  await expect(
    claimBuster.getByText(/Fatma Arslan, Naeemul Hassan, Chengkai Li and Mark Tremayne/),
  ).toBeVisible();

  await expectNoSeriousAxeLightAndDark(page, 'about dialog', 'dialog[open]');
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
  await expect(opener).toBeFocused();
});

test('About Factdesk in the workbench, and on #about as the desktop menu asks, without a reload', async ({
  page,
  workbench,
}) => {
  await page.goto(workbench.url);
  await expect(claimRows(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'About Factdesk' }).click();
  const about = page.getByRole('dialog', { name: 'About Factdesk' });
  await expect(about.getByRole('list', { name: 'Third-party packages' })).toBeVisible();
  await about.getByRole('button', { name: 'Done' }).click();
  await expect(about).toBeHidden();

  // Help › About Factdesk in the desktop app navigates the window to #about.
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
    window.location.hash = 'about';
  });
  await expect(about).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
    true,
  );
  expect(new URL(page.url()).hash).toBe('');
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
  // The project is still there, and the page still talks to its server.
  await expect(claimRows(page).first()).toBeVisible();
});
