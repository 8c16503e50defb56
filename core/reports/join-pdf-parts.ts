import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, rgb, StandardFonts } from 'pdf-lib';
import { REPORT_PDF_PAGE } from '../../shared/reports/report-page';

/**
 * Joins PDFs printed part by part into one, in the order they are added: their pages, their named
 * destinations (Chromium turns `href="#claim-…"` into a link to a named destination, so the verdict
 * log still leads to a claim printed in another part), and the first part's title. Then it stamps
 * "page / pages" at the foot of every page: the parts are printed without Chromium's footer, whose
 * page numbers would restart in each part and whose total no part knows.
 */
export class PdfJoiner {
  private readonly dests = new Map<string, PDFArray>();
  private title: string | undefined;

  private constructor(private readonly out: PDFDocument) {}

  static async create(): Promise<PdfJoiner> {
    return new PdfJoiner(await PDFDocument.create());
  }

  /** Appends the pages of one printed part. */
  async add(bytes: Uint8Array): Promise<void> {
    const part = await PDFDocument.load(bytes, { updateMetadata: false });
    this.title ??= part.getTitle();
    const copied = await this.out.copyPages(part, part.getPageIndices());
    const pageRefs = new Map<PDFRef, PDFRef>();
    part.getPages().forEach((page, index) => {
      this.out.addPage(copied[index]!);
      pageRefs.set(page.ref, copied[index]!.ref);
    });
    const dests = part.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
    for (const [name, value] of dests?.entries() ?? []) {
      const target = part.context.lookupMaybe(value, PDFArray);
      const page = target?.get(0);
      const moved = page instanceof PDFRef ? pageRefs.get(page) : undefined;
      if (!target || !moved || this.dests.has(name.decodeText())) continue;
      // [page /XYZ left top zoom]: the page becomes the joined document's, the rest are plain values.
      const copy = this.out.context.obj([moved]);
      for (let at = 1; at < target.size(); at++) copy.push(target.get(at));
      this.dests.set(name.decodeText(), copy);
    }
  }

  /** The joined PDF, numbered "n / N" at the foot of every page. */
  async finish(): Promise<Uint8Array> {
    const { out } = this;
    if (this.dests.size > 0) {
      const dests = out.context.obj({});
      for (const [name, target] of this.dests) dests.set(PDFName.of(name), target);
      out.catalog.set(PDFName.of('Dests'), dests);
    }
    if (this.title) out.setTitle(this.title, { showInWindowTitleBar: true });
    out.setCreator('Factdesk');
    await stampPageNumbers(out);
    return out.save();
  }
}

const POINTS_PER_MM = 72 / 25.4;

/** "3 / 12" centred in the bottom margin of every page, small and grey, as the page's footer. */
async function stampPageNumbers(doc: PDFDocument): Promise<void> {
  const { sizePt, grey } = REPORT_PDF_PAGE.pageNumbers;
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = doc.getPages();
  const baseline = (REPORT_PDF_PAGE.marginsMm.bottom * POINTS_PER_MM) / 2 - sizePt / 3;
  pages.forEach((page, index) => {
    const text = `${index + 1} / ${pages.length}`;
    page.drawText(text, {
      x: (page.getWidth() - font.widthOfTextAtSize(text, sizePt)) / 2,
      y: baseline,
      size: sizePt,
      font,
      color: rgb(grey, grey, grey),
    });
  });
}
