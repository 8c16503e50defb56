import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { claimsTable, openWorkbench } from '../support/pages';
import { expect, factdesk, SEED_SAMPLE, startWorkbench, stopWorkbench, test } from '../support/workbench';

/** How a filter box looks: its height, padding and border, and where its magnifier is. */
function look(box: Locator) {
  return box.evaluate((input) => {
    const style = getComputedStyle(input);
    const icon = input.parentElement?.querySelector('svg.filter-icon')?.getBoundingClientRect();
    const own = input.getBoundingClientRect();
    return {
      height: own.height,
      padding: style.padding,
      border: style.border,
      radius: style.borderRadius,
      icon: icon ? { left: icon.left - own.left, middle: icon.top + icon.height / 2 - own.top } : null,
    };
  });
}

// The sources library's filter box looks like the claims filter's, however long the list below it
// (a long list used to squash it to 18 px, with no padding).
test('the Filter sources box looks like the claims filter at 1280×800, with a long list of sources', async ({
  page,
}) => {
  const root = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'));
  const dir = join(root, 'Sources.factdesk');
  factdesk('new', dir, '--title', 'Many sources');
  factdesk('import', dir, SEED_SAMPLE);
  const claims = JSON.parse(factdesk('claims', dir, '--json')) as { id: string }[];
  for (let i = 0; i < 8; i++) {
    factdesk(
      'cite',
      dir,
      claims[i]!.id,
      '--url',
      `https://example.org/source-${i}`,
      '--title',
      `Source ${i}`,
    );
  }
  const { url, child } = await startWorkbench(['--project', dir], join(root, 'user-data'));
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openWorkbench(page, url);
    const claimsLook = await look(page.getByRole('searchbox', { name: 'Filter claims' }));
    expect(claimsLook.height).toBeGreaterThanOrEqual(28);

    await claimsTable(page).focus();
    await page.keyboard.press('s');
    const library = page.getByRole('dialog', { name: 'Sources library' });
    await expect(library.getByRole('heading', { name: 'Source 7' })).toBeAttached();
    const body = library.locator('.sources-body');
    // The list is longer than the dialog: it scrolls, the box above it keeps its size.
    expect(await body.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    expect(await look(library.getByRole('searchbox', { name: 'Filter sources' }))).toEqual(claimsLook);
  } finally {
    await stopWorkbench(child);
    await rm(root, { recursive: true, force: true });
  }
});
