// The PDF report at scale: the real report builder printing in parts with headless Chromium and
// joining them, beside a floor measured in the same run: Chromium printing the report's largest
// part on its own, times the number of parts (what printing the parts one after another costs at
// the least, before any joining; two parts print at once, so the ratio can be under 1).
import { PDFDocument } from 'pdf-lib';
import { buildReport } from '../../core/reports/build-report';
import { ChromiumPdfPrinter } from '../../core/reports/pdf-printer';
import { buildReportModel, reportPrintParts, type ReportData } from '../../shared/reports';

export async function measurePdf(data: ReportData, chromium: string): Promise<Record<string, number>> {
  const printer = new ChromiumPdfPrinter(chromium);
  try {
    await printer.print('<p>warm up</p>'); // Chromium's start is not the report's cost.
    const parts = reportPrintParts(buildReportModel(data, {}));
    const largest = parts.reduce((a, b) => (b.length > a.length ? b : a));
    let t0 = performance.now();
    await printer.print(largest);
    const onePartMs = performance.now() - t0;
    t0 = performance.now();
    const { bytes } = await buildReport(data, 'pdf', {}, { pdfPrinter: printer });
    const ms = performance.now() - t0;
    const floor = onePartMs * parts.length;
    return {
      pdfMs: Math.round(ms),
      pdfParts: parts.length,
      pdfPages: (await PDFDocument.load(bytes)).getPageCount(),
      pdfMB: Number((bytes.length / 1e6).toFixed(2)),
      pdfFloorLargestPartMs: Math.round(onePartMs),
      pdfFloorMs: Math.round(floor),
      pdfRatio: Number((ms / floor).toFixed(2)),
    };
  } finally {
    await printer.close();
  }
}
