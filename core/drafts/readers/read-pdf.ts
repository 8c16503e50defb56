import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { UserError } from '../../../shared/errors';
import { ensureDomMatrix } from './dom-matrix-stub';
import { linesToParagraphs, pageLines, type PdfLine, type PdfTextRun } from './pdf-lines';

/** The most pages Factdesk reads from one PDF. */
export const MAX_PDF_PAGES = 2000;

type PdfJs = typeof PdfJsModule;
let loading: Promise<PdfJs> | null = null;

/** Loads pdf.js once, with its worker code running in this thread (no worker file, nothing fetched). */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    ensureDomMatrix();
    // @ts-expect-error -- pdf.js ships no type declarations for its worker module.
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/**
 * The text of a PDF draft from its text layer, as paragraphs. pdf.js runs with no eval, no font
 * loading and no network; an encrypted, damaged or scanned (text-less) PDF is refused with a sentence.
 */
export async function readPdf(fileName: string, bytes: Uint8Array): Promise<{ text: string }> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-'))
    throw new UserError(`${fileName} is damaged or is not a PDF: it has no PDF header.`, 'unreadable-draft');
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw explain(fileName, error);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new UserError(
        `${fileName} has ${doc.numPages} pages; Factdesk reads PDFs of up to ${MAX_PDF_PAGES} pages.`,
        'too-large',
      );
    }
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const runs: PdfTextRun[] = content.items.flatMap((item) => ('str' in item ? [item] : []));
      pages.push(pageLines(runs));
      page.cleanup();
    }
    const text = linesToParagraphs(pages);
    if (!text.trim()) {
      throw new UserError(
        `${fileName} has no text layer (it looks scanned); run it through OCR and import the result.`,
        'unreadable-draft',
      );
    }
    return { text };
  } catch (error) {
    throw error instanceof UserError ? error : explain(fileName, error);
  } finally {
    await doc.destroy();
  }
}

function explain(fileName: string, error: unknown): UserError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return new UserError(
      `${fileName} is protected with a password; open it, save an unprotected copy (print to PDF) and import that.`,
      'unreadable-draft',
    );
  }
  return new UserError(`${fileName} is damaged or is not a PDF Factdesk can read.`, 'unreadable-draft');
}
