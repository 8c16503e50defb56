// Walks the start screen and workbench flows against the real web workbench (no project open at
// start): create, import (file input and drop), hostile text, errors, reload, close, reopen.
// Usage: npm run build && npx tsx e2e/screens/flows.ts [OUT_DIR]
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../support/chromium';
import { filterClaims } from '../support/pages';

const outDir = process.argv[2] ?? '/tmp/shots';
const work = mkdtempSync(join(tmpdir(), 'factdesk-flows-'));
const child = spawn(
  process.execPath,
  ['dist/web/factdesk-web.mjs', '--port', '0', '--user-data', join(work, 'user')],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const url = await new Promise<string>((resolve) =>
  child.stdout!.on('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
);
const browser = await chromium.launch(chromiumLaunchOptions());
const step = (what: string) => console.log(`ok: ${what}`);
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  let alerts = 0;
  page.on('dialog', (dialog) => {
    alerts += 1;
    void dialog.dismiss();
  });
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(url);
  // First use: the checker's name is asked before anything else.
  const first = page.getByRole('dialog', { name: 'Who is checking?' });
  await first.waitFor();
  await first.getByLabel('Checker name').fill('Ana Checker');
  await first.getByRole('button', { name: 'Save' }).click();
  await first.waitFor({ state: 'detached' });
  step('first use: asked the checker’s name');
  await page.getByRole('heading', { name: 'New project' }).waitFor();
  if (page.url().includes('token=')) throw new Error('The token is still in the address.');
  step('start screen, token stripped from the address');

  await page.getByRole('button', { name: 'Open project' }).click();
  await page.getByText('Type the folder of the project to open.').waitFor();
  await page.getByLabel('Project folder').fill(join(work, 'nothing-here'));
  await page.getByRole('button', { name: 'Open project' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  console.log(`   alert: ${await alert.textContent()}`);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await alert.waitFor({ state: 'detached' });
  step('open a missing folder: alert shown and dismissed');

  await page.getByLabel('Title').fill('Flows <b>test</b>');
  await page.getByLabel('Folder', { exact: true }).fill(join(work, 'flows'));
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('heading', { name: 'No drafts yet' }).waitFor();
  step('created a project from the start screen');

  const hostile =
    'Hostile <img src=x onerror=alert(1)> draft\n\nThe ministry said 4,500 troops <script>alert(2)</script> arrived on 3 March 2022, the largest number since 1990.\n';
  await page.locator('input[type=file]').setInputFiles({
    name: 'hostile.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(hostile),
  });
  await page.getByRole('table', { name: 'Claims' }).getByRole('row').nth(1).waitFor();
  await page.getByText('<img src=x onerror=alert(1)>', { exact: false }).first().waitFor();
  step(`imported through the file input; hostile text shown as text (${alerts} alerts)`);

  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Second draft\n\nSome 13,000 soldiers took part in 2022.\n'], 'second.md'));
    data.items.add(new File(['%PDF-1.4'], 'binary.pdf'));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  });
  await page.getByRole('navigation', { name: 'Documents' }).getByText('Second draft').waitFor();
  await page.getByRole('alert').filter({ hasText: 'binary.pdf' }).waitFor();
  step('dropped two files: the .md imported, the .pdf refused with an alert');

  await page.reload();
  await page.getByRole('table', { name: 'Claims' }).getByRole('row').nth(1).waitFor();
  step('reload keeps working (token from sessionStorage)');

  await page.getByRole('button', { name: /^Checker/ }).click();
  const who = page.getByRole('dialog', { name: 'Who is checking?' });
  await who.getByLabel('Checker name').fill('Ana Checker');
  await who.getByRole('button', { name: 'Save' }).click();
  await who.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: /Ana Checker/ }).waitFor();
  step('Who is checking, from the workbench');

  await page.getByRole('table', { name: 'Claims' }).getByRole('row').nth(1).click();
  await page.keyboard.press('v');
  const details = page.getByRole('region', { name: 'Claim details' });
  await details.getByRole('button', { name: 'Verified', pressed: true }).waitFor();
  await details.getByText('Ana Checker').first().waitFor();
  await page.keyboard.press('v');
  await details.getByRole('button', { name: 'Verified', pressed: false }).waitFor();
  step('v marks verified, v again returns to unchecked; history signed');

  await page.keyboard.press('/');
  await page.keyboard.type('soldiers');
  await page.getByText(/ of \d+ claims$/).waitFor();
  if ((await page.getByLabel('Filter claims').inputValue()) !== 'soldiers') throw new Error('"/" was typed.');
  await page.keyboard.press('Escape');
  await filterClaims(page, '');
  step('/ focuses Filter claims');

  await page.getByRole('button', { name: 'Close project' }).click();
  await page.getByRole('heading', { name: 'Recent projects' }).waitFor();
  await page.screenshot({ path: join(outDir, 'flows-start.png') });
  await page.getByRole('button', { name: /Flows <b>test<\/b>/ }).click();
  await page.getByRole('table', { name: 'Claims' }).waitFor();
  step('closed, then reopened from Recent projects');
  if (alerts > 0) throw new Error(`${alerts} JavaScript alerts fired: hostile text ran.`);
  console.log('all flows passed');
} finally {
  await browser.close();
  child.kill();
}
