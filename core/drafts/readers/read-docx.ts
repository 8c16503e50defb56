import { Buffer } from 'node:buffer';
import mammoth from 'mammoth';
import { UserError } from '../../../shared/errors';
import { htmlToText, type HtmlText } from './html-to-text';
import { docxPublishDate } from './docx-publish-date';
import { checkZipArchive } from './zip-guard';

/** The first bytes of an OLE compound file: an old .doc, or an Office file encrypted with a password. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The text of a Word (.docx) draft: the archive is checked for zip bombs first, then mammoth turns
 * it into HTML (images skipped, no linked files read) and that HTML into paragraphs, headings and lists.
 * `date` is its Publish Date property, when it has one (see docxPublishDate).
 */
export async function readDocx(fileName: string, bytes: Uint8Array): Promise<HtmlText> {
  if (OLE_MAGIC.every((byte, index) => bytes[index] === byte)) {
    throw new UserError(
      `${fileName} is protected with a password or is an old Word .doc file; remove the password or save it as .docx and import it again.`,
      'unreadable-draft',
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new UserError(
      `${fileName} is damaged or is not a Word document: it is not a .docx archive.`,
      'unreadable-draft',
    );
  }
  const entries = checkZipArchive(fileName, bytes);
  if (
    !entries.includes('word/document.xml') &&
    !entries.some((name) => /^word\/document\d*\.xml$/.test(name))
  ) {
    throw new UserError(
      `${fileName} is not a Word document: it has no document text inside.`,
      'unreadable-draft',
    );
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
      },
    );
    html = result.value;
  } catch {
    throw new UserError(
      `${fileName} is damaged or is not a Word document Factdesk can read.`,
      'unreadable-draft',
    );
  }
  const { text, title } = htmlToText(html);
  if (!text.trim()) throw new UserError(`${fileName} has no text to check.`, 'unreadable-draft');
  const date = docxPublishDate(bytes);
  return { text, ...(title ? { title } : {}), ...(date ? { date } : {}) };
}
