import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type * as PlaywrightModule from 'playwright-core';
import { UserError } from '../../shared/errors';
import { REPORT_PDF_PAGE } from '../../shared/reports/report-page';

/**
 * Turns a report's HTML page into PDF bytes. The CLI and the web workbench use headless Chromium
 * (`ChromiumPdfPrinter`); the desktop shell passes one built on `webContents.printToPDF`.
 */
export interface PdfPrinter {
  /** One HTML page to PDF, laid out as `REPORT_PDF_PAGE` says (no footer: page numbers come later). */
  print(html: string): Promise<Uint8Array>;
}

/** Where Chromium or Chrome usually lives, after `FACTDESK_CHROMIUM`. */
const KNOWN_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** The Chromium to print with: `FACTDESK_CHROMIUM` when set, else the first known install; a clear error if none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.FACTDESK_CHROMIUM?.trim();
  if (chosen) {
    if (!existsSync(chosen)) {
      throw new UserError(
        `FACTDESK_CHROMIUM names ${chosen}, which does not exist, so no PDF can be made.`,
        'unavailable',
      );
    }
    return chosen;
  }
  const found = KNOWN_BROWSERS.find((path) => existsSync(path));
  if (!found) {
    throw new UserError(
      'PDF export needs Chromium or Google Chrome and none was found; install Chromium (Debian: apt-get install chromium) or set FACTDESK_CHROMIUM to its path.',
      'unavailable',
    );
  }
  return found;
}

/** Flags that keep the printing browser offline and quiet. */
export const OFFLINE_CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

// The package name is held in a variable so bundlers leave playwright-core out: it is loaded only
// where PDFs are printed with Chromium (the CLI and the web workbench), never in the desktop app.
const PLAYWRIGHT = 'playwright-core';
type Playwright = typeof PlaywrightModule;

/**
 * Prints with headless Chromium through playwright-core. The browser starts on the first print and
 * is reused until `close()`. Each page runs with JavaScript disabled, offline, and with every
 * network request aborted, so the page shows only the HTML it was given.
 */
export class ChromiumPdfPrinter implements PdfPrinter {
  private browser: Promise<Browser> | null = null;

  constructor(
    private readonly executablePath?: string,
    /**
     * `handleCtrlC: false`: the caller handles SIGINT itself (the CLI cancels between parts and then
     * calls `close()`); by default Playwright closes the browser and exits on SIGINT.
     */
    private readonly options: { readonly handleCtrlC?: boolean } = {},
  ) {}

  async print(html: string): Promise<Uint8Array> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(120_000);
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load', timeout: 120_000 });
      const { marginsMm, pageNumbers: _stampedLater, ...layout } = REPORT_PDF_PAGE;
      const pdf = await page.pdf({
        ...layout,
        margin: {
          top: `${marginsMm.top}mm`,
          bottom: `${marginsMm.bottom}mm`,
          left: `${marginsMm.left}mm`,
          right: `${marginsMm.right}mm`,
        },
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  }

  /** Closes the browser, if it was started. */
  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close();
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      const executablePath = this.executablePath ?? findChromium();
      this.browser = (async () => {
        let playwright: Playwright;
        try {
          playwright = (await import(PLAYWRIGHT)) as Playwright;
        } catch {
          throw new UserError(
            'PDF export needs the playwright-core package, which is not installed here.',
            'unavailable',
          );
        }
        try {
          return await playwright.chromium.launch({
            executablePath,
            args: OFFLINE_CHROMIUM_ARGS,
            timeout: 60_000,
            handleSIGINT: this.options.handleCtrlC ?? true,
          });
        } catch (error) {
          const reason = (error as Error).message.split('\n')[0];
          throw new UserError(
            `Chromium at ${executablePath} could not start to print the PDF: ${reason}`,
            'unavailable',
          );
        }
      })();
      this.browser.catch(() => (this.browser = null));
    }
    return this.browser;
  }
}

/** A printer that starts Chromium for each PDF and closes it after, for long-running processes. */
export function oneShotChromiumPrinter(executablePath?: string): PdfPrinter {
  return {
    async print(html) {
      const printer = new ChromiumPdfPrinter(executablePath);
      try {
        return await printer.print(html);
      } finally {
        await printer.close();
      }
    },
  };
}
