import type { Page } from '@playwright/test';

/** The three window sizes every screen is looked at in. */
export const WINDOW_SIZES = [
  [1024, 700],
  [1280, 800],
  [1440, 900],
] as const;

type Size = readonly [width: number, height: number];

/**
 * Switches the page to a colour scheme and waits for the CSS transitions the switch starts (buttons
 * ease their background over 80 ms): a contrast check or a screenshot taken halfway through one sees
 * a colour neither theme has (axe failed CI once on exactly that).
 */
export async function showColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Screenshots the page in light and dark at each size, as test-results/<name>-<width>-<scheme>.png,
 * then puts the window size and the light scheme back. `arrange` runs after each resize (to scroll
 * what the shot is about into view).
 */
export async function screenshotsInBothThemes(
  page: Page,
  name: string,
  options: { sizes?: readonly Size[]; arrange?: () => Promise<void> } = {},
): Promise<void> {
  const before = page.viewportSize();
  for (const [width, height] of options.sizes ?? WINDOW_SIZES) {
    await page.setViewportSize({ width, height });
    await options.arrange?.();
    for (const colorScheme of ['light', 'dark'] as const) {
      await showColorScheme(page, colorScheme);
      await page.screenshot({ path: `test-results/${name}-${width}-${colorScheme}.png` });
    }
  }
  await showColorScheme(page, 'light');
  if (before) await page.setViewportSize(before);
}
