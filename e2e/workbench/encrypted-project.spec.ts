import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousAxeLightAndDark } from '../support/axe';
import { claimRows } from '../support/pages';
import { SEED_SAMPLE, expect, factdesk, startWorkbench, stopWorkbench, test } from '../support/workbench';

const PASSPHRASE = 'correct horse battery staple';
const WRONG = 'That passphrase is not the passphrase of this project; nothing was opened or changed.';
/** A word that is in the draft, so in the project's files if they were not encrypted. */
const SECRET_WORD = 'Zaporozhets-7741';

/** Every file under `dir`, with its bytes. */
async function allFiles(dir: string): Promise<{ path: string; bytes: Buffer }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return { path, bytes: await readFile(path) };
      }),
  );
}

/** The page's own storage, where a passphrase must never go. */
async function pageStorage(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
}

test('a new encrypted project: passphrase twice, files encrypted on disk, reopened from recent projects', async ({
  page,
  emptyWorkbench,
}) => {
  test.setTimeout(120_000); // three scrypt derivations (64 MiB each) and axe, on a shared 2-core machine
  const projectDir = join(emptyWorkbench.root, 'Secret.factdesk');
  await page.goto(emptyWorkbench.url);
  await page.getByLabel('Title').fill('Secret desk');
  await page.getByLabel('Folder', { exact: true }).fill(projectDir);
  await page.getByRole('checkbox', { name: 'Encrypt with a passphrase' }).check();
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByLabel('Repeat passphrase').fill('short');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByText('A passphrase needs at least 8 characters.')).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat passphrase').fill(`${PASSPHRASE}!`);
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByText('The two passphrases differ; type it again.')).toBeVisible();
  await expectNoSeriousAxeLightAndDark(page, 'new encrypted project form');
  await page.getByLabel('Repeat passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('heading', { name: 'No drafts yet' })).toBeVisible();

  await page.locator('input[type=file]').setInputFiles({
    name: 'secret.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`Secret draft\n\nThe ${SECRET_WORD} battalion sent 4,500 troops on 3 March 2022.\n`),
  });
  await expect(claimRows(page).first()).toBeVisible();

  // On disk: an encryption header, and nothing readable in any other file.
  const files = await allFiles(projectDir);
  expect(files.some((file) => file.path.endsWith('encryption.json'))).toBe(true);
  const project = files.find((file) => file.path === join(projectDir, 'project.json'));
  expect(project!.bytes.subarray(0, 4).toString()).toBe('FDX1');
  for (const file of files) {
    expect(file.bytes.includes(SECRET_WORD), file.path).toBe(false);
    expect(file.bytes.includes('Secret desk'), file.path).toBe(false);
    expect(file.bytes.includes(PASSPHRASE), file.path).toBe(false);
  }

  // Closed, then opened again from Recent projects: the passphrase is asked for.
  await page.getByRole('button', { name: 'Close project' }).click();
  await page.getByRole('button', { name: /Secret desk/ }).click();
  const prompt = page.getByRole('dialog', { name: 'Passphrase' });
  await expect(prompt).toContainText('This project is encrypted.');
  await expect(prompt.getByLabel('Passphrase')).toBeFocused();
  await prompt.getByLabel('Passphrase').fill('not the passphrase');
  await prompt.getByRole('button', { name: 'Open project' }).click();
  await expect(prompt.getByRole('alert')).toHaveText(WRONG);
  await expect(prompt.getByLabel('Passphrase')).toHaveValue('');
  await expect(prompt.getByLabel('Passphrase')).toBeFocused();
  await expectNoSeriousAxeLightAndDark(page, 'passphrase dialog, wrong', '.passphrase-dialog');
  await prompt.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(claimRows(page).first()).toBeVisible();
  await expect(prompt).toHaveCount(0);

  // The passphrase is nowhere it could stay: not in the settings, not in the page's storage.
  for (const file of await allFiles(join(emptyWorkbench.root, 'user-data'))) {
    expect(file.bytes.includes(PASSPHRASE), file.path).toBe(false);
  }
  expect(await pageStorage(page)).not.toContain(PASSPHRASE);
});

test('an encrypted project named on the command line asks for its passphrase first; Cancel leaves it shut', async ({
  page,
}) => {
  const root = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'));
  const projectDir = join(root, 'Belarus.factdesk');
  const passphraseFile = join(root, 'passphrase.txt');
  await writeFile(passphraseFile, `${PASSPHRASE}\n`);
  factdesk('new', projectDir, '--title', 'Belarus desk', '--passphrase-file', passphraseFile);
  factdesk('import', projectDir, SEED_SAMPLE, '--passphrase-file', passphraseFile);
  await rm(passphraseFile);
  const { url, child } = await startWorkbench(['--project', projectDir], join(root, 'user-data'));
  try {
    await page.goto(url);
    const prompt = page.getByRole('dialog', { name: 'Passphrase' });
    await expect(prompt).toBeVisible();
    await prompt.getByRole('button', { name: 'Cancel' }).click();
    await expect(prompt).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'New project' })).toBeVisible();
    // Declined: a reload does not ask again.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'New project' })).toBeVisible();
    await expect(prompt).toHaveCount(0);

    await page.getByLabel('Project folder').fill(projectDir);
    await page.getByRole('button', { name: 'Open project' }).click();
    await expect(prompt).toBeVisible();
    // An empty passphrase is caught in the page, with a sentence.
    await prompt.getByRole('button', { name: 'Open project' }).click();
    await expect(prompt.getByRole('alert')).toHaveText('Type the passphrase of this project.');
    await prompt.getByLabel('Passphrase').fill(PASSPHRASE);
    await prompt.getByRole('button', { name: 'Open project' }).click();
    await expect(claimRows(page).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Belarus desk' })).toBeVisible();
  } finally {
    await stopWorkbench(child);
    await rm(root, { recursive: true, force: true });
  }
});
