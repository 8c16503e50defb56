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
  /**
   * No header or footer from Chromium: a long report is printed in parts, and the page numbers
   * ("3 / 12") are stamped after the parts are joined (`core/reports/join-pdf-parts.ts`).
   */
  displayHeaderFooter: false,
  /** The stamped page numbers: 6 pt Helvetica in grey (#555), centred in the bottom margin. */
  pageNumbers: { sizePt: 6, grey: 0x55 / 0xff },
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
