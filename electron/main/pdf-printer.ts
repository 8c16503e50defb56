import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import { REPORT_CONTENT_SECURITY_POLICY } from '../../shared/reports/render-html';
import { REPORT_PDF_PAGE, reportMarginsInInches } from '../../shared/reports/report-page';
import type { PdfPrinter } from '../../core';
import { APP_ORIGIN, APP_SCHEME } from './app-origin';
import { isAppUrl } from './url-policy';

/** The printing session: in memory (no `persist:`), so nothing of a report reaches the disk. */
export const PRINT_PARTITION = 'factdesk-print';
const PRINT_PATH = '/print/';

/**
 * The printing session's protocol handler: serves each report page being printed, by its random
 * token, at `app://factdesk/print/TOKEN`, and nothing else (404). The app's own files are not
 * served here, and the report's CSP lets only its inline styles apply.
 */
export function servePrintPage(request: Request, pages: ReadonlyMap<string, string>): Response {
  const url = new URL(request.url);
  const token = url.pathname.startsWith(PRINT_PATH) ? url.pathname.slice(PRINT_PATH.length) : '';
  const html = isAppUrl(request.url) && request.method === 'GET' ? pages.get(token) : undefined;
  if (html === undefined) return new Response('Not found', { status: 404 });
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `${REPORT_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

/** The pages being printed, by token, in this process. */
const pages = new Map<string, string>();
let printing: Session | null = null;

/**
 * The printing session, made once per process (a second `protocol.handle` of a scheme throws).
 * Every session, this one too, gets the app's lockdown when created (`hardenApp`): no permission,
 * no request off `app://factdesk/`.
 */
function printSession(): Session {
  if (!printing) {
    printing = session.fromPartition(PRINT_PARTITION, { cache: false });
    printing.protocol.handle(APP_SCHEME, (request) => servePrintPage(request, pages));
  }
  return printing;
}

/**
 * Prints report HTML to PDF with Electron's own Chromium: a hidden, sandboxed window with
 * JavaScript off loads the page from the printing session (a `data:` URL cannot carry it: Chromium
 * refuses URLs over 2 MiB, a report of about 2,000 claims), then `printToPDF` lays it out as the
 * CLI's Chromium printer does (A4, the same margins; page numbers are stamped after the parts are joined).
 */
export function electronPdfPrinter(): PdfPrinter {
  return {
    async print(html) {
      const token = randomUUID();
      pages.set(token, html);
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          session: printSession(),
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          webSecurity: true,
          spellcheck: false,
        },
      });
      try {
        await window.loadURL(`${APP_ORIGIN}${PRINT_PATH}${token}`);
        const { marginsMm: _inMm, pageNumbers: _stampedLater, format, ...layout } = REPORT_PDF_PAGE;
        const pdf = await window.webContents.printToPDF({
          ...layout,
          pageSize: format,
          margins: reportMarginsInInches(),
        });
        return new Uint8Array(pdf);
      } finally {
        pages.delete(token);
        window.destroy();
      }
    },
  };
}
