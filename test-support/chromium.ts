// The one place tests, e2e and benches learn which Chromium to start: FACTDESK_CHROMIUM or an installed
// Chromium or Chrome (the app's own search, `findChromium`), else the Chromium Playwright installed
// (`npx playwright install chromium`, as GitHub's hosted runners do). A test that needs it and finds
// none says why in its name; under CI it fails instead, because a CI machine without it is set up wrong.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from '../core/reports/pdf-printer';

export interface FoundChromium {
  /** The browser to start, or undefined when there is none. */
  readonly path: string | undefined;
  /** Why there is none (one sentence), or '' when there is. */
  readonly missing: string;
}

/**
 * Looks for a Chromium in the order above: `installed` is the app's search, `playwrightPath` where
 * Playwright installs its own.
 */
export function locateChromium(
  env: NodeJS.ProcessEnv = process.env,
  playwrightPath: string = chromium.executablePath(),
  installed: (env: NodeJS.ProcessEnv) => string = findChromium,
): FoundChromium {
  let reason: string;
  try {
    return { path: installed(env), missing: '' };
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
    // A FACTDESK_CHROMIUM that names nothing is a mistake to report, not a reason to look elsewhere.
    if (env.FACTDESK_CHROMIUM?.trim()) return { path: undefined, missing: reason };
  }
  if (playwrightPath && existsSync(playwrightPath)) return { path: playwrightPath, missing: '' };
  return { path: undefined, missing: `${reason} Playwright's Chromium is not at ${playwrightPath} either.` };
}

/** The Chromium of this run. */
export const testChromium: FoundChromium = locateChromium();

/** True when a test that needs Chromium should be skipped: there is none and this is not CI. */
export const skipWithoutChromium = !testChromium.path && !process.env.CI;

/** A test's title, with the reason it is skipped (or, under CI, fails) when there is no Chromium. */
export function titleNeedingChromium(title: string): string {
  if (testChromium.path) return title;
  return `${title} — ${skipWithoutChromium ? 'skipped' : 'cannot run'}: ${testChromium.missing}`;
}

/** The Chromium path inside a test; under CI without one, the test fails here with the reason. */
export function requireChromium(): string {
  if (!testChromium.path) throw new Error(testChromium.missing);
  return testChromium.path;
}
