import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { showColorScheme } from './themes';

/** Fails with the rule ids when axe finds a serious or critical violation on the page as it is now. */
export async function expectNoSeriousAxe(page: Page, screen: string, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const result = await builder.analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/**
 * Runs the axe check in light and in dark (the app follows the OS setting). `include` narrows it to
 * a part (an open modal dialog: the rest of the window is inert and checked on its own screen).
 */
export async function expectNoSeriousAxeLightAndDark(
  page: Page,
  screen: string,
  include?: string,
): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await showColorScheme(page, colorScheme);
    await expectNoSeriousAxe(page, `${screen} (${colorScheme})`, include);
  }
  await showColorScheme(page, 'light');
}

/** Fails with where it is when anything on the page is outside every landmark (axe's `region` rule). */
export async function expectAllInLandmarks(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withRules(['region']).analyze();
  expect(result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
}
