import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxPublishDate } from './docx-publish-date';

/** A Word file made with the `docx` package, with extra parts added to its archive. */
async function wordFile(extra: Record<string, string>): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Ana',
    sections: [{ children: [new Paragraph({ children: [new TextRun('Prices rose last year.')] })] }],
  });
  const parts = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  for (const [name, xml] of Object.entries(extra)) parts[name] = strToU8(xml);
  return zipSync(parts);
}

const coverPage = (date: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><CoverPageProperties xmlns="http://schemas.microsoft.com/office/2006/coverPageProps"><PublishDate>${date}</PublishDate><Abstract/><CompanyAddress/></CoverPageProperties>`;

describe('docxPublishDate', () => {
  it("reads Word's Publish Date property", async () => {
    expect(docxPublishDate(await wordFile({ 'customXml/item2.xml': coverPage('2023-03-03') }))).toBe(
      '2023-03-03',
    );
    expect(docxPublishDate(await wordFile({ 'customXml/item1.xml': coverPage('2023-03-03T00:00:00') }))).toBe(
      '2023-03-03',
    );
  });

  it('ignores the created and modified dates, other custom parts and dates that are not days', async () => {
    // The docx package writes dcterms:created and dcterms:modified (today): they are not publication dates.
    expect(docxPublishDate(await wordFile({}))).toBeUndefined();
    const other = '<root xmlns="urn:example"><PublishDate>2023-03-03</PublishDate></root>';
    expect(docxPublishDate(await wordFile({ 'customXml/item1.xml': other }))).toBeUndefined();
    expect(docxPublishDate(await wordFile({ 'customXml/item1.xml': coverPage('') }))).toBeUndefined();
    expect(docxPublishDate(await wordFile({ 'customXml/item1.xml': coverPage('3/3/2023') }))).toBeUndefined();
    expect(docxPublishDate(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });
});
