// How the workbench feels with 100,000 claims: the real renderer and web workbench, with the
// claims list's pages, claim records (and the documents they name) answered by Playwright with
// synthetic data.
// Usage: npm run build && npx tsx e2e/screens/scale.ts PROJECT_DIR [COUNT] [OUT_DIR]
// FACTDESK_DIST=/some/dist measures another build (for before/after figures).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { claimListRow } from '../../shared/ipc/claim-list-row';
import type { ClaimRow } from '../../shared/ipc/views';
import { chromiumLaunchOptions } from '../support/chromium';
import { seedChecker } from '../support/seed-checker';
import { filterClaims } from '../support/pages';

const projectDir = process.argv[2];
const count = Number(process.argv[3] ?? 100_000);
const outDir = process.argv[4] ?? '/tmp/shots';
if (!projectDir) throw new Error('Usage: tsx e2e/screens/scale.ts PROJECT_DIR [COUNT] [OUT_DIR]');

const kinds = ['quantity', 'date', 'quote', 'comparison', 'attribution', 'event'];
const statuses = ['unchecked', 'unchecked', 'unchecked', 'verified', 'disputed', 'unsourced'];
const text =
  'Some 13,000 soldiers and 3,500 paratroopers took part in the exercises from February 10 to 20. '.repeat(4);
const now = new Date().toISOString();
const claims = Array.from({ length: count }, (_, i) => {
  const documentId = `doc${Math.floor(i / 50)}`;
  const start = (i % 50) * 7;
  return {
    id: `c${i}`,
    documentId,
    start,
    end: start + 20,
    quote: text.slice(start, start + 20),
    text: `Claim number ${i}: some ${i * 7} soldiers took part in exercise ${i % 997}.`,
    kind: kinds[i % kinds.length],
    score: (i % 101) / 100,
    status: statuses[i % statuses.length],
    note: '',
    citations: [],
    history: [{ at: now, by: '', action: 'found' }],
    origin: 'found',
    updatedAt: now,
    documentTitle: `Draft ${Math.floor(i / 50)}`,
    sentence: `Sentence ${i} mentions Belarus ${i % 3 === 0 ? 'and Minsk' : ''}.`,
  } as ClaimRow;
});
const rows = claims.map((claim) => claimListRow(claim, claim.documentTitle, claim.sentence));

const userData = mkdtempSync(join(tmpdir(), 'factdesk-scale-'));
await seedChecker(userData);
const child = spawn(
  process.execPath,
  [
    join(process.env.FACTDESK_DIST ?? 'dist', 'web', 'factdesk-web.mjs'),
    '--port',
    '0',
    '--user-data',
    userData,
    '--project',
    projectDir,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const url = await new Promise<string>((resolve) =>
  child.stdout!.on('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
);

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.route('**/api/invoke/claims:page', (route) => {
    const { offset, limit } = route.request().postDataJSON() as { offset: number; limit: number };
    const value = {
      rows: rows.slice(offset, offset + limit),
      offset,
      total: rows.length,
      ...(offset === 0 ? { checkers: [] } : {}),
    };
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value }) });
  });
  await page.route('**/api/invoke/claim:get', (route) => {
    const { claimId } = route.request().postDataJSON() as { claimId: string };
    const value = claims[Number(claimId.slice(1))];
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value }) });
  });
  await page.route('**/api/invoke/document:get', async (route) => {
    const { documentId } = route.request().postDataJSON() as { documentId: string };
    const value = {
      id: documentId,
      title: `Draft ${documentId}`,
      fileName: `${documentId}.txt`,
      format: 'txt',
      importedAt: now,
      text,
      boilerplate: [],
      claims: [],
      dismissed: [],
    };
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value }) });
  });
  await page.route('**/api/invoke/claim:setStatus', async (route) => {
    const { claimId, status } = route.request().postDataJSON() as { claimId: string; status: string };
    const claim = claims[Number(claimId.slice(1))]!;
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, value: { ...claim, status } }),
    });
  });

  let t = Date.now();
  let listed = 0;
  page.on('requestfinished', (request) => {
    if (request.url().endsWith('claims:page')) listed = Date.now();
  });
  await page.goto(url);
  await page.getByRole('table', { name: 'Claims' }).getByRole('row').nth(5).waitFor();
  console.log(`first rows after ${Date.now() - t} ms, ${Date.now() - listed} ms after the list arrived`);
  const rendered = () => page.locator('tr.claim-row').count();
  console.log(`rows in the DOM: ${await rendered()}`);

  t = Date.now();
  await page.locator('.table-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await page.locator('tr[aria-rowindex="50001"]').waitFor();
  console.log(`scrolled to the middle in ${Date.now() - t} ms; rows in the DOM: ${await rendered()}`);
  await page.screenshot({ path: join(outDir, 'scale-middle.png') });
  console.log(
    await page.evaluate(() => {
      const sc = document.querySelector('.table-scroll')!;
      const head = document.querySelector('.claims-table thead th')!.getBoundingClientRect();
      const first = document.querySelector('tr.claim-row')!.getBoundingClientRect();
      return `scroller top ${sc.getBoundingClientRect().top} scrollTop ${sc.scrollTop} head ${head.top} first row ${first.top}`;
    }),
  );

  const frames = await page.evaluate(async () => {
    const el = document.querySelector('.table-scroll')!;
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 60; i++) {
      el.scrollTop += 240;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    times.sort((a, b) => a - b);
    return { median: times[30], worst: times[59] };
  });
  console.log(`scroll frames: median ${frames.median?.toFixed(1)} ms, worst ${frames.worst?.toFixed(1)} ms`);

  t = Date.now();
  await filterClaims(page, 'minsk');
  await page.getByText(/of 100,000 claims/).waitFor();
  console.log(`filter "minsk" in ${Date.now() - t} ms: ${await page.locator('.filter-shown').textContent()}`);
  await filterClaims(page, '');
  await page.getByText(/^100,000 claims$/).waitFor();

  await page.locator('.table-scroll').evaluate((el) => (el.scrollTop = 0));
  await page.locator('tr.claim-row[aria-rowindex="2"]').click();
  t = Date.now();
  for (let i = 0; i < 20; i++) await page.keyboard.press('j');
  await page.locator('tr.claim-row.is-selected[aria-rowindex="22"]').waitFor();
  console.log(`20 × j in ${Date.now() - t} ms`);

  const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  t = Date.now();
  await page.keyboard.press('v');
  await page
    .getByRole('region', { name: 'Claim details' })
    .getByRole('button', { name: 'Verified', pressed: true })
    .waitFor();
  console.log(`v repainted in ${Date.now() - t} ms`);
  if (cdp) {
    await page.waitForTimeout(1500);
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map<string, number>();
    const dt = profile.timeDeltas ?? [];
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    (profile.samples ?? []).forEach((id, i) => {
      const node = byId.get(id)!;
      const f = node.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [key, ms] of top) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
  }

  // In-page timings, keydown → the next frame after the DOM shows the result; medians of several.
  const timeKey = async (key: string, selector: string, attribute: string | null): Promise<number> => {
    const ready = page.evaluate(
      ([sel, attr]) =>
        new Promise<number>((resolve) => {
          let t0 = 0;
          window.addEventListener('keydown', () => (t0 = performance.now()), { once: true, capture: true });
          const target = document.querySelector(sel!)!;
          window.setTimeout(() => resolve(-1), 8000);
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          });
          observer.observe(
            target,
            attr
              ? { attributes: true, attributeFilter: [attr] }
              : { childList: true, characterData: true, subtree: true },
          );
        }),
      [selector, attribute] as const,
    );
    await page.waitForTimeout(50);
    await page.keyboard.press(key);
    return ready;
  };
  const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  await page.getByLabel('Filter claims').focus();
  const filterTimes: number[] = [];
  for (const key of [
    'm',
    'i',
    'n',
    's',
    'k',
    'Backspace',
    'Backspace',
    'Backspace',
    'Backspace',
    'Backspace',
  ]) {
    filterTimes.push(await timeKey(key, '.filter-shown', null));
  }
  console.log(
    `filter keystroke → repaint: median ${median(filterTimes).toFixed(0)} ms (${filterTimes.map((t) => t.toFixed(0)).join(', ')})`,
  );
  await page
    .locator('.table-scroll')
    .click({ position: { x: 5, y: 5 } })
    .catch(() => undefined);
  await page.locator('tr.claim-row').nth(3).click();
  const verified = page
    .getByRole('region', { name: 'Claim details' })
    .getByRole('button', { name: 'Verified' });
  await verified.waitFor();
  await verified.evaluate((el) => el.setAttribute('data-measure', ''));
  const markTimes: number[] = [];
  for (let i = 0; i < 8; i++) {
    await page.locator('[data-measure]').waitFor();
    markTimes.push(await timeKey('v', '[data-measure]', 'aria-pressed'));
  }
  console.log(
    `mark (v) → repaint: median ${median(markTimes).toFixed(0)} ms (${markTimes.map((t) => t.toFixed(0)).join(', ')})`,
  );

  t = Date.now();
  await page.getByRole('columnheader', { name: 'Score' }).getByRole('button').click();
  await page.waitForFunction(() =>
    document.querySelector('th[aria-sort="descending"], th[aria-sort="ascending"]'),
  );
  console.log(`sort by score in ${Date.now() - t} ms`);
  await page.screenshot({ path: join(outDir, 'scale.png') });
  console.log(
    await page.evaluate(() => {
      const sc = document.querySelector('.table-scroll')!;
      const head = document.querySelector('.claims-table thead th')!.getBoundingClientRect();
      const rows = [...document.querySelectorAll('tr.claim-row')].map((r) =>
        Math.round(r.getBoundingClientRect().top),
      );
      return `end: scroller top ${sc.getBoundingClientRect().top} h ${sc.clientHeight} scrollTop ${sc.scrollTop} max ${sc.scrollHeight - sc.clientHeight} head ${head.top} rows ${rows.join(',')}`;
    }),
  );
} finally {
  await browser.close();
  child.kill();
}
