import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * A real one-page A4 PDF, with `text` on it if given, for tests whose printer is not Chromium (the
 * report's join reads what a printer returns, so it must be a PDF).
 */
export async function onePagePdf(text = ''): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  if (text)
    page.drawText(text, { x: 50, y: 780, size: 10, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}
