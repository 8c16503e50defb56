import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../../core';

/**
 * Prints report HTML to PDF with Electron's own Chromium: a hidden, sandboxed window with JavaScript
 * off loads the page from a data: URL (the session blocks every other request), then `printToPDF`.
 * The report HTML is self-contained (inline CSS, no scripts, no remote resources).
 */
export function electronPdfPrinter(): PdfPrinter {
  return {
    async print(html) {
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          webSecurity: true,
          spellcheck: false,
        },
      });
      try {
        await window.loadURL(
          `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`,
        );
        const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
      }
    },
  };
}
