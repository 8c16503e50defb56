import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../../test-support/electron-boundary-mock')).electronModule());

import { renderReportPrintHtml } from '../../shared/reports/render-print-parts';
import { testClaim, testReportData } from '../../shared/reports/test-data';
import { hardenApp } from './app-hardening';
import { electronPdfPrinter, PRINT_PARTITION, servePrintPage } from './pdf-printer';
import { boundary, FakeBrowserWindow, MAX_URL_CHARS } from '../../test-support/electron-boundary-mock';

// Every session the app makes is locked down when created, the printing one too (as main.ts does).
hardenApp(boundary.app as never, 'linux');

/** A real print report of 4,000 claims: over the 2 MiB Chromium allows in a URL even before base64. */
function largeReport(): string {
  const data = testReportData((text) =>
    Array.from({ length: 4000 }, (_, index) =>
      testClaim(text, 'Unemployment fell to 3.5 percent', {
        id: `c${index}`,
        status: 'verified',
        note: `Matches table ${index} of the statistics office's labour survey, checked by two people.`,
      }),
    ),
  );
  return renderReportPrintHtml(data);
}

const printWindows = () =>
  FakeBrowserWindow.instances.filter((window) => window.webContents.page?.url.includes('/print/'));

describe('the desktop PDF printer', () => {
  const html = largeReport();

  it('is given a report too large for a data: URL (the old way fails at the boundary)', async () => {
    expect(Buffer.byteLength(html)).toBeGreaterThan(MAX_URL_CHARS);
    const window = new FakeBrowserWindow({});
    const dataUrl = `data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`;
    await expect(window.loadURL(dataUrl)).rejects.toThrow(/ERR_INVALID_URL/);
  });

  it('prints it from a private in-memory session, under a random token, laid out like the CLI’s PDFs', async () => {
    const bytes = await electronPdfPrinter().print(html);
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/^%PDF/);

    const [window] = printWindows();
    const page = window!.webContents.page!;
    expect(page.url).toMatch(/^app:\/\/factdesk\/print\/[0-9a-f-]{36}$/);
    expect(page.status).toBe(200);
    expect(page.body).toBe(html);
    expect(window!.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    expect(window!.webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      // No footer of Chromium's: the page numbers are stamped on the joined parts.
      displayHeaderFooter: false,
      // 18 mm and 16 mm, in the inches printToPDF takes.
      margins: {
        top: expect.closeTo(0.7087, 4),
        bottom: expect.closeTo(0.7087, 4),
        left: expect.closeTo(0.6299, 4),
        right: expect.closeTo(0.6299, 4),
      },
    });
    expect(window!.isDestroyed()).toBe(true);

    // The session: in memory (no `persist:`), not the app's, and locked down like every session.
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
    const printing = boundary.session.partitions.get(PRINT_PARTITION)!;
    expect(window!.webContents.session).toBe(printing);
    expect(printing).not.toBe(boundary.session.defaultSession);
    const decide = vi.fn();
    printing.beforeRequest?.({ url: 'https://example.com/font.woff' } as never, decide as never);
    expect(decide).toHaveBeenCalledWith({ cancel: true });

    // Once printed, the page is gone: its token serves nothing any more.
    const served = await printing.protocol.handlers.get('app')!(new Request(page.url));
    expect(served.status).toBe(404);
  });

  it('serves only the page being printed, by its exact token, with the report’s CSP', async () => {
    const pages = new Map([['0b6c4a52-55f3-4b8e-9a55-0d0e8b1f0c11', '<p>report</p>']]);
    const ok = servePrintPage(
      new Request('app://factdesk/print/0b6c4a52-55f3-4b8e-9a55-0d0e8b1f0c11'),
      pages,
    );
    expect(ok.status).toBe(200);
    await expect(ok.text()).resolves.toBe('<p>report</p>');
    expect(ok.headers.get('Content-Security-Policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    for (const url of [
      'app://factdesk/index.html',
      'app://factdesk/print/0b6c4a52-55f3-4b8e-9a55-0d0e8b1f0c12',
      'app://factdesk/print/',
      'app://elsewhere/print/0b6c4a52-55f3-4b8e-9a55-0d0e8b1f0c11',
    ]) {
      expect(servePrintPage(new Request(url), pages).status, url).toBe(404);
    }
    const post = new Request('app://factdesk/print/0b6c4a52-55f3-4b8e-9a55-0d0e8b1f0c11', { method: 'POST' });
    expect(servePrintPage(post, pages).status).toBe(404);
  });

  it('keeps one printing session for every print of every printer (its protocol is handled once)', async () => {
    await electronPdfPrinter().print('<p>one</p>');
    await electronPdfPrinter().print('<p>two</p>');
    expect(boundary.session.fromPartition).toHaveBeenCalledTimes(1);
    expect(boundary.session.partitions.get(PRINT_PARTITION)!.protocol.handle).toHaveBeenCalledTimes(1);
  });
});
