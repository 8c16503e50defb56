/**
 * How a report's PDF pages are laid out, by whichever Chromium prints it: the headless one of the
 * CLI and the web workbench (`ChromiumPdfPrinter`, margins as CSS lengths) or the desktop app's own
 * (`printToPDF`, margins in inches). The report's CSS asks for the same A4 page with `@page`.
 */
export const REPORT_PDF_PAGE = {
  format: 'A4',
  printBackground: true,
  /** The report's `@page` rule decides the page size where it gives one. */
  preferCSSPageSize: true,
  marginsMm: { top: 18, bottom: 18, left: 16, right: 16 },
  displayHeaderFooter: true,
  /** No header: an empty element (Chromium prints its own date and title otherwise). */
  headerTemplate: '<span></span>',
  /** "3 / 12" at the foot of every page. */
  footerTemplate:
    '<div style="width:100%;font:8px sans-serif;color:#555;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
} as const;

const MM_PER_INCH = 25.4;

/** The margins in inches, as Electron's `printToPDF` takes them. */
export function reportMarginsInInches(): { top: number; bottom: number; left: number; right: number } {
  const { top, bottom, left, right } = REPORT_PDF_PAGE.marginsMm;
  return {
    top: top / MM_PER_INCH,
    bottom: bottom / MM_PER_INCH,
    left: left / MM_PER_INCH,
    right: right / MM_PER_INCH,
  };
}
