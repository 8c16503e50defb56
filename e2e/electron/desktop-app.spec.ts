import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  claimsOnDisk,
  electronBinary,
  factdesk,
  launchApp,
  NO_ELECTRON_REASON,
  scratchFolder,
  SEED_SAMPLE,
  type LaunchedApp,
} from './electron-app';

// The real app: Electron, the preload, the app protocol and the services, driven by Playwright.
// Without an Electron binary every test here is skipped, with the reason in the report.
const hasElectron = electronBinary() !== null;
if (!hasElectron) console.warn(`e2e/electron: skipped. ${NO_ELECTRON_REASON}`);
test.skip(!hasElectron, NO_ELECTRON_REASON);

let launched: LaunchedApp | undefined;
test.afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

test('a checker creates a project, imports the seed article, marks a claim, and it is on disk', async () => {
  launched = await launchApp(await scratchFolder());
  const { app, window: page, scratch } = launched;

  // The start screen, served from the app's own origin.
  await expect(page.getByRole('heading', { name: /Factdesk/ }).first()).toBeVisible();
  expect(page.url()).toBe('app://factdesk/index.html');

  // New project, from the start screen's form (typing the folder: no native dialog to drive).
  const projectDir = path.join(scratch, 'Belarus.factdesk');
  const form = page.getByRole('form', { name: 'New project' });
  await form.getByLabel('Title').fill('Belarus desk');
  await form.getByLabel('Folder').fill(projectDir);
  await form.getByRole('button', { name: 'Create project' }).click();
  await expect(form).toBeHidden();

  // Import the seed article with File › Import Drafts…, answering the native dialog in main.
  await app.evaluate(({ dialog }, sample) => {
    dialog.showOpenDialog = (async () => ({
      canceled: false,
      filePaths: [sample],
    })) as typeof dialog.showOpenDialog;
  }, SEED_SAMPLE);
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('file.import-drafts')?.click());

  // The window reloads on the imported project. The CLI reads it alongside (without a lock).
  const table = page.getByRole('table').or(page.getByRole('grid')).first();
  await expect(table).toBeVisible();
  const claims = JSON.parse(factdesk('claims', projectDir, '--json')) as {
    id: string;
    quote: string;
    text: string;
  }[];
  const troops = claims.find((claim) => claim.quote.includes('100,000'));
  expect(troops, 'the seed article has the 100,000 soldiers claim').toBeDefined();

  // Mark it verified, as a checker would.
  await page
    .getByRole('searchbox', { name: 'Filter claims' })
    .or(page.getByLabel('Filter claims'))
    .first()
    .fill('100,000');
  await table.getByText(troops!.text, { exact: false }).first().click();
  const details = page.getByRole('region', { name: 'Claim details' });
  const verified = details.getByRole('button', { name: 'Verified', exact: true });
  await verified.click();
  await expect(verified).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(async () => (await claimsOnDisk(projectDir)).find((claim) => claim.id === troops!.id)?.status)
    .toBe('verified');

  // Quitting flushes and releases the project; the CLI sees the mark.
  await launched.quit();
  const marked = JSON.parse(factdesk('claims', projectDir, '--json', '--status', 'verified')) as {
    id: string;
  }[];
  expect(marked.map((claim) => claim.id)).toEqual([troops!.id]);
});

test('a project named on the command line opens, and the page is locked in', async () => {
  const scratch = await scratchFolder();
  const projectDir = path.join(scratch, 'Seed.factdesk');
  factdesk('new', projectDir, '--title', 'Seed desk');
  factdesk('import', projectDir, SEED_SAMPLE);
  launched = await launchApp(scratch, [projectDir]);
  const { app, window: page } = launched;

  await expect(page.getByRole('table').or(page.getByRole('grid')).first()).toBeVisible();

  // Links opened from the page go to the OS browser (https only) and never become app windows.
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { openedExternally?: string[] }).openedExternally = opened;
    shell.openExternal = (async (url: string) => {
      opened.push(url);
    }) as typeof shell.openExternal;
  });

  const seen = await page.evaluate(async () => {
    const bridge = (window as unknown as { factdesk: Record<string, unknown> }).factdesk;
    const csp = (await fetch(location.href)).headers.get('content-security-policy');
    const remote = await fetch('https://example.com/').then(
      () => 'reached',
      () => 'blocked',
    );
    const opened = [window.open('https://www.nato.int/'), window.open('http://example.com/')];
    const refused = await (bridge.invoke as (c: string, a: unknown) => Promise<{ ok: boolean }>)(
      'fs:read',
      {},
    );
    return {
      keys: Object.keys(bridge),
      frozen: Object.isFrozen(bridge),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      csp,
      remote,
      opened: opened.every((handle) => handle === null),
      refused: refused.ok,
    };
  });
  expect(seen).toEqual({
    keys: ['invoke'],
    frozen: true,
    require: 'undefined',
    process: 'undefined',
    csp: expect.stringContaining("default-src 'none'"),
    remote: 'blocked',
    opened: true,
    refused: false,
  });
  expect(seen.csp).not.toContain('unsafe-');
  await expect
    .poll(() => app.evaluate(() => (globalThis as { openedExternally?: string[] }).openedExternally))
    .toEqual(['https://www.nato.int/']);

  // A navigation away is stopped in main (`will-navigate` prevented); the page stays.
  const decided = app.evaluate(
    ({ BrowserWindow }) =>
      new Promise<{ url: string; prevented: boolean }>((resolve) => {
        BrowserWindow.getAllWindows()[0]?.webContents.once('will-navigate', (event) => {
          setImmediate(() => resolve({ url: event.url, prevented: event.defaultPrevented }));
        });
      }),
  );
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  expect(await decided).toEqual({ url: 'https://example.com/', prevented: true });
  expect(await page.evaluate(() => location.href)).toBe('app://factdesk/index.html');
  expect(app.windows()).toHaveLength(1);
});

test('Help › About Factdesk shows the version and the licences of what the app bundles', async () => {
  launched = await launchApp(await scratchFolder());
  const { app, window: page } = launched;
  await expect(page.getByRole('heading', { name: /Factdesk/ }).first()).toBeVisible();
  const version = await app.evaluate(({ app: electronApp }) => electronApp.getVersion());

  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('help.about')?.click());
  const about = page.getByRole('dialog', { name: 'About Factdesk' });
  await expect(about).toBeVisible();
  await expect(about).toContainText(`Factdesk ${version}`);
  await expect(about.getByRole('list', { name: 'Third-party packages' })).toContainText('react');
  // Same page: the fragment is taken out again, nothing reloaded.
  expect(page.url()).toBe('app://factdesk/index.html');
  await about.getByRole('button', { name: 'Done' }).click();
  await expect(about).toBeHidden();
});
