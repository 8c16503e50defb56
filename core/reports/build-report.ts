import { assertNever } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import {
  buildReportModel,
  draftForComments,
  isTextReportFormat,
  reportPrintParts,
  renderTextReport,
  reportFileName,
  reportFormatInfo,
  type ReportData,
  type ReportFormat,
  type ReportSettings,
} from '../../shared/reports';
import type { OriginalStore } from '../drafts/original-draft';
import type { PdfPrinter } from './pdf-printer';
import type { PdfProgress } from './print-pdf-in-parts';

/** A finished report: its suggested file name, its MIME type and its bytes. */
export interface ReportFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
  /** One sentence when the file could not be made exactly as asked (a draft's Word file lost, say). */
  readonly notice?: string;
}

/**
 * What some formats need from the caller: PDF needs a printer (Chromium in the CLI, printToPDF in the
 * app); a long PDF reports its progress part by part and can be cancelled between parts.
 */
export interface ReportDeps {
  readonly pdfPrinter?: PdfPrinter;
  readonly onProgress?: (progress: PdfProgress) => void;
  readonly signal?: AbortSignal;
  /** Where the project keeps drafts' own files, for a draft with comments in its Word layout. */
  readonly originals?: OriginalStore;
}

/**
 * Builds a report in any format, for the CLI and the app alike. Text formats are UTF-8 (CSV with a
 * byte-order mark); PDF is the HTML report, summary first with unchecked claims one line each, printed by
 * `deps.pdfPrinter` in parts that are joined into one PDF (`print-pdf-in-parts.ts`).
 */
export async function buildReport(
  data: ReportData,
  format: ReportFormat,
  settings: ReportSettings = {},
  deps: ReportDeps = {},
): Promise<ReportFile> {
  const { mimeType } = reportFormatInfo[format];
  const fileName = reportFileNameFor(data, format, settings);
  if (isTextReportFormat(format)) {
    return { fileName, mimeType, bytes: new TextEncoder().encode(renderTextReport(data, format, settings)) };
  }
  switch (format) {
    case 'docx': {
      const { renderReportDocx } = await import('./render-docx');
      return { fileName, mimeType, bytes: await renderReportDocx(data, settings) };
    }
    case 'docx-comments': {
      const { renderDraftWithComments } = await import('./comments/render-draft-comments');
      const { bytes, notice } = await renderDraftWithComments(data, settings, deps.originals);
      return { fileName, mimeType, bytes, ...(notice ? { notice } : {}) };
    }
    case 'pdf': {
      if (!deps.pdfPrinter)
        throw new UserError('PDF export is not available here: no PDF printer was set up.', 'unavailable');
      const { printPdfInParts } = await import('./print-pdf-in-parts');
      const parts = reportPrintParts(buildReportModel(data, settings));
      return { fileName, mimeType, bytes: await printPdfInParts(parts, deps.pdfPrinter, deps) };
    }
    default:
      return assertNever(format, 'report format');
  }
}

/** The file name a report gets: the project's title, or for a draft with comments the draft's. */
export function reportFileNameFor(
  data: ReportData,
  format: ReportFormat,
  settings: ReportSettings = {},
): string {
  if (format !== 'docx-comments') return reportFileName(data.project.title, format);
  const doc = draftForComments(data, settings);
  return reportFileName(doc.title || doc.fileName.replace(/\.[^.]+$/, ''), format);
}
