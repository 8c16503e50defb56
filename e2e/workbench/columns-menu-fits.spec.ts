import { claimRows } from '../support/pages';
import { expect, test } from '../support/workbench';

// The Columns menu stays inside the window at every size the app is drawn for: the window itself never
// scrolls (its scrollbar would take the table's width and drop columns), and every control is reachable.
test('the Columns menu fits the window at 1024×700, 1280×800 and 1440×900', async ({ page, workbench }) => {
  await page.goto(workbench.url);
  await expect(claimRows(page).first()).toBeVisible();
  const button = page.getByRole('button', { name: 'Columns' });
  const menu = page.getByRole('group', { name: 'Columns' });
  for (const size of [
    { width: 1024, height: 700 },
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size);
    await button.click();
    await expect(menu.getByRole('checkbox', { name: 'Kind' })).toBeFocused();
    const box = (await menu.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    const scroll = await page.evaluate(() => ({
      height: document.scrollingElement!.scrollHeight,
      top: document.scrollingElement!.scrollTop,
    }));
    expect(scroll).toEqual({ height: size.height, top: 0 });
    // The last control is reachable inside the menu, and reaching it scrolls the menu, not the window.
    const reset = menu.getByRole('button', { name: 'Reset columns' });
    await reset.scrollIntoViewIfNeeded();
    await expect(reset).toBeInViewport();
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
  }
});
