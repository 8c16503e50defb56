import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousAxe } from '../support/axe';
import { claimRows, openWorkbench } from '../support/pages';
import { expect, factdesk, startWorkbench, stopWorkbench, test } from '../support/workbench';

const DRAFTS = 150;
const name = (n: number) => `Draft ${String(n).padStart(3, '0')} on troop numbers`;
const draftButton = (page: Page, n: number) =>
  page
    .getByRole('navigation', { name: 'Documents' })
    .getByRole('button', { name: new RegExp(`^${name(n)}`) });

// The documents list holds only the drafts in view (a project may hold thousands), yet stays a list of
// named buttons: Tab walks it, focus survives scrolling, and the chosen draft is scrolled into view.
test('documents list: many drafts, only those in view rendered, keyboard, scope kept across a reload', async ({
  page,
}) => {
  test.setTimeout(120_000); // 150 imports, then a reload, on a shared 2-core machine
  const root = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'));
  const drafts = join(root, 'drafts');
  await mkdir(drafts);
  for (let n = 1; n <= DRAFTS; n++) {
    const text = `${name(n)}\n\nThe ministry said ${n * 100} soldiers arrived in Minsk on 3 May 2022.\n`;
    await writeFile(join(drafts, `draft-${String(n).padStart(3, '0')}.txt`), text);
  }
  const projectDir = join(root, 'Many.factdesk');
  factdesk('new', projectDir, '--title', 'Many drafts');
  factdesk('import', projectDir, drafts);
  const { url, child } = await startWorkbench(['--project', projectDir], join(root, 'user-data'));
  try {
    await openWorkbench(page, url);
    const list = page.getByRole('navigation', { name: 'Documents' });
    await expect(list.getByRole('heading', { name: `Documents ${DRAFTS}` })).toBeVisible();
    const all = list.getByRole('button', { name: /^All documents/ });
    await expect(all).toHaveAttribute('aria-current', 'true');

    // Only a screenful (and a few more) of the 151 items are in the page, each saying where it sits.
    const items = list.getByRole('listitem');
    expect(await items.count()).toBeLessThan(40);
    await expect(items.first()).toHaveAttribute('aria-setsize', String(DRAFTS + 1));
    await expect(draftButton(page, DRAFTS)).toHaveCount(0);

    // Tab walks the drafts in order, rendering the next ones as the list scrolls along.
    await all.focus();
    for (let n = 1; n <= 25; n++) await page.keyboard.press('Tab');
    await expect(draftButton(page, 25)).toBeFocused();
    await expect(draftButton(page, 25)).toBeInViewport();

    // Scrolled far away, the focused draft stays in the page and keeps focus.
    // (To the end as a reader would: the list's height changes as the drafts drawn are measured.)
    const scroller = list.locator('.doclist-scroll');
    await expect(async () => {
      await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight));
      await expect(draftButton(page, DRAFTS)).toBeInViewport({ timeout: 500 });
    }).toPass();
    await expect(draftButton(page, 25)).toBeFocused();

    // Choosing the last draft narrows the table to it and marks it current.
    await draftButton(page, DRAFTS).click();
    await expect(draftButton(page, DRAFTS)).toHaveAttribute('aria-current', 'true');
    await expect(list.locator('[aria-current="true"]')).toHaveCount(1);
    await expect(claimRows(page).first()).toContainText('15000 soldiers');
    await expect(claimRows(page).filter({ hasNotText: name(DRAFTS).slice(0, 9) })).toHaveCount(0);

    // After a reload the list opens at the chosen draft, not at the top.
    await page.reload();
    await expect(claimRows(page).first()).toBeVisible();
    await expect(draftButton(page, DRAFTS)).toBeInViewport();
    await expect(draftButton(page, DRAFTS)).toHaveAttribute('aria-current', 'true');

    // A mark shows in the draft's count.
    const before = (await draftButton(page, DRAFTS).textContent()) ?? '';
    expect(before).toMatch(/0\/\d+ claims checked/);
    await claimRows(page).first().click();
    await page.keyboard.press('v');
    await expect(draftButton(page, DRAFTS)).toContainText(/1\/\d+ claims checked/);
    await expectNoSeriousAxe(page, 'documents list', 'nav[aria-label="Documents"]');
  } finally {
    await stopWorkbench(child);
    await rm(root, { recursive: true, force: true });
  }
});
