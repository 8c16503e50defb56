/**
 * Has the browser load the locale data Intl formatters use. The first formatter a renderer makes
 * loads it (40 to 60 ms in a Chromium just started; the next formatters take under a millisecond;
 * docs/scale.md, "First rows: Intl's data…"), and the app's modules make theirs as they are run, on
 * the way to the first rows. The entry script calls this once its requests are sent, while the app's
 * code is still being fetched and compiled, so that wait is spent then.
 */
export function loadIntlData(): void {
  new Intl.NumberFormat().format(0);
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
}
