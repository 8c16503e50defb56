// Screenshots and axe checks of the real renderer against the real web workbench, light and dark: every
// screen at 1440×900, and the workbench, a selected claim and the export dialog at the laptop sizes
// 1280×800 and 1024×700 (with the page's width, and how many claim rows show, printed for each).
// Usage: npm run build && npx tsx e2e/screens/shots.ts PROJECT_DIR [OUT_DIR]
// (PROJECT_DIR must hold a project with claims: `factdesk new DIR && factdesk import DIR draft.txt`.)
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../support/chromium';

const projectDir = process.argv[2];
const outDir = process.argv[3] ?? '/tmp/shots';
if (!projectDir) throw new Error('Usage: tsx e2e/screens/shots.ts PROJECT_DIR [OUT_DIR]');
mkdirSync(outDir, { recursive: true });
const userData = mkdtempSync(join(tmpdir(), 'factdesk-shots-'));

function startServer(withProject: boolean): Promise<{ url: string; child: ChildProcess }> {
  const args = ['dist/web/factdesk-web.mjs', '--port', '0', '--user-data', userData];
  if (withProject) args.push('--project', projectDir!);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const url = chunk.toString().trim().split('\n')[0];
      if (url?.startsWith('http')) resolve({ url, child });
    });
    child.once('exit', (code) => reject(new Error(`The workbench exited with ${code}.`)));
  });
}

async function axe(page: Page, label: string): Promise<void> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const result = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run;
    return (await run()) as { violations: { id: string; impact: string; nodes: { target: unknown }[] }[] };
  });
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const all = result.violations.map((v) => `${v.impact}:${v.id}(${v.nodes.length})`).join(' ') || 'none';
  console.log(`axe ${label}: ${bad.length} serious/critical; all: ${all}`);
  for (const v of bad) console.log('   ', v.id, JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target)));
}

/** A screenshot and an axe run of what is on screen now. */
async function shoot(page: Page, name: string, scheme: string): Promise<void> {
  await page.screenshot({ path: join(outDir, `${name}-${scheme}.png`) });
  await axe(page, `${name} ${scheme}`);
}

/** The workbench's other screens: each dialog and menu, opened and closed by its accessible name. */
async function moreScreens(page: Page, scheme: string): Promise<void> {
  const dialogs: [button: string, dialog: string | RegExp, name: string][] = [
    ['Sources', 'Sources library', 'sources'],
    ['Export report', 'Export report', 'export'],
    ['Backups…', 'Backups', 'backups'],
    ['About Factdesk', 'About Factdesk', 'about'],
    ['Split…', 'Split claim', 'split'],
    ['Compare versions…', /^Compare versions of/, 'versions'],
  ];
  for (const [button, dialog, name] of dialogs) {
    const opener = page.getByRole('button', { name: button, exact: true });
    if ((await opener.count()) === 0) {
      console.log(`(no ${button} button on this screen)`);
      continue;
    }
    await opener.first().click();
    await page.getByRole('dialog', { name: dialog }).waitFor();
    await page.waitForTimeout(300); // let lists inside the dialog load before the picture
    await shoot(page, name, scheme);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }
  await page.getByRole('button', { name: 'Columns', exact: true }).click();
  await shoot(page, 'columns', scheme);
  await page.keyboard.press('Escape');
  await page.getByLabel('Group by').selectOption('status');
  await shoot(page, 'grouped', scheme);
  await page.getByLabel('Group by').selectOption('none');
}

/** The page's scroll width and the claim rows wholly inside the table's scroller. */
async function fit(page: Page): Promise<string> {
  const { width, rows } = await page.evaluate(() => {
    const scroller = document.querySelector('.table-scroll')!.getBoundingClientRect();
    const inside = [...document.querySelectorAll('tr.claim-row')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= scroller.top && box.bottom <= scroller.bottom;
    });
    return { width: document.documentElement.scrollWidth, rows: inside.length };
  });
  return `page ${width} px wide, ${rows} claim rows in view`;
}

/** The workbench at a laptop's size: as opened, with a claim selected, and the export dialog. */
async function laptopScreens(url: string, scheme: 'light' | 'dark', width: number, height: number) {
  const context = await browser.newContext({
    colorScheme: scheme,
    viewport: { width, height },
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${scheme} ${width}: ${e.message}`));
  await page.goto(url);
  await page.getByRole('table', { name: 'Claims' }).getByRole('row').nth(3).waitFor();
  const size = `${width}x${height}`;
  await shoot(page, `workbench-${size}`, scheme);
  console.log(`workbench ${size} ${scheme}: ${await fit(page)}`);
  await page.locator('tr.claim-row').nth(1).click();
  await page.getByRole('region', { name: 'Claim details' }).waitFor();
  await shoot(page, `selected-${size}`, scheme);
  console.log(`selected ${size} ${scheme}: ${await fit(page)}`);
  await page.getByRole('button', { name: 'Export report' }).click();
  await page.getByRole('dialog', { name: 'Export report' }).waitFor();
  await page.screenshot({ path: join(outDir, `export-${size}-${scheme}.png`) });
  const reachable = await page
    .getByRole('button', { name: 'Download' })
    .evaluate((button) => button.getBoundingClientRect().bottom <= window.innerHeight);
  console.log(`export ${size} ${scheme}: Download ${reachable ? 'in view' : 'NOT in view'}`);
  await context.close();
}

const browser = await chromium.launch(chromiumLaunchOptions());
const errors: string[] = [];
try {
  const work = await startServer(true);
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      colorScheme: scheme,
      viewport: { width: 1440, height: 900 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(`${scheme}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${scheme}: ${e.message}`));
    await page.goto(work.url);
    // First use (the first scheme only: the name is then kept in this run's settings).
    const first = page.getByRole('dialog', { name: 'Who is checking?' });
    const asked = await Promise.race([
      first.waitFor().then(() => true),
      page
        .getByRole('table', { name: 'Claims' })
        .waitFor()
        .then(() => false),
    ]);
    if (asked) {
      await shoot(page, 'first-use', scheme);
      await first.getByLabel('Checker name').fill('Ana Checker');
      await first.getByRole('button', { name: 'Save' }).click();
      await first.waitFor({ state: 'detached' });
    }
    const table = page.getByRole('table', { name: 'Claims' });
    await table.getByRole('row').nth(3).waitFor();
    await page.screenshot({ path: join(outDir, `workbench-${scheme}.png`) });
    await axe(page, `workbench ${scheme}`);
    console.log(`workbench 1440x900 ${scheme}: ${await fit(page)}`);

    await table.getByRole('row').nth(2).click();
    const details = page.getByRole('region', { name: 'Claim details' });
    await details.waitFor();
    if (scheme === 'light') {
      await details.getByRole('button', { name: 'Verified' }).click();
      await page.keyboard.press('j');
      await page.keyboard.press('d');
      await page.keyboard.press('j');
      await page.keyboard.press('u');
      await page.keyboard.press('k');
      await details
        .getByLabel('Note')
        .fill('Checked against the NATO transcript <img src=x onerror=alert(1)>');
      await page.locator('.draft-title').click(); // off every field, where the workbench hears keys
      await details.getByText('Saved').waitFor();
    }
    await page.screenshot({ path: join(outDir, `selected-${scheme}.png`) });
    await axe(page, `selected ${scheme}`);

    await page.keyboard.press('c');
    const dialog = page.getByRole('dialog', { name: 'Add citation' });
    await dialog.waitFor();
    await dialog.getByLabel('URL').fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.screenshot({ path: join(outDir, `citation-${scheme}.png`) });
    await axe(page, `citation ${scheme}`);
    if (scheme === 'light') {
      await dialog.getByLabel('URL').fill('https://www.nato.int/cps/en/natohq/opinions_191254.htm');
      await dialog.getByLabel('Title').fill('Press point by Jens Stoltenberg with Dimitar Kovacevski');
      await dialog.getByLabel('Publisher').fill('NATO');
      await dialog
        .getByLabel('Quote')
        .fill('this is the largest Russian deployment there since the Cold War');
      await dialog.getByRole('radio', { name: 'Supports' }).check();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
    } else {
      await page.keyboard.press('Escape');
    }
    await page.screenshot({ path: join(outDir, `after-${scheme}.png`) });
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.screenshot({ path: join(outDir, `shortcuts-${scheme}.png`) });
    await axe(page, `shortcuts ${scheme}`);
    await page.keyboard.press('Escape');
    await moreScreens(page, scheme);
    await context.close();
    for (const [width, height] of [
      [1280, 800],
      [1024, 700],
    ] as const) {
      await laptopScreens(work.url, scheme, width, height);
    }
  }
  work.child.kill();

  const start = await startServer(false);
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      colorScheme: scheme,
      viewport: { width: 1280, height: 820 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`start ${scheme}: ${e.message}`));
    await page.goto(start.url);
    await page.getByRole('heading', { name: 'Recent projects' }).waitFor();
    await page.getByText('Opened').first().waitFor();
    await page.screenshot({ path: join(outDir, `start-${scheme}.png`) });
    await axe(page, `start ${scheme}`);
    await context.close();
  }
  start.child.kill();
} finally {
  await browser.close();
}
console.log(errors.length ? `page errors:\n${errors.join('\n')}` : 'no page errors');
