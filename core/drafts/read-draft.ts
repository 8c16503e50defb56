import { readFileSync, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { datelineDate } from '../../shared/drafts/dateline';
// The lists alone, not the barrel: the extraction worker reads drafts and needs no schemas (nor zod).
import { draftFormatOfName, READABLE_DRAFTS } from '../../shared/domain/draft-files';
import { assertNever, type DraftFormat, type PublicationDateSource } from '../../shared/domain/enum-values';
import { UserError } from '../../shared/errors';
import { readRefusal } from '../storage/json-file-adapter';
import { binaryDraft, decodeDraft, normalizeText } from './readers/decode-text';
import { htmlToText } from './readers/html-to-text';

export { decodeDraft, decodeWindows1252, normalizeText } from './readers/decode-text';

/** The largest draft Factdesk reads, in bytes. */
export const MAX_DRAFT_BYTES = 50 * 1024 * 1024;

/** A draft's text, ready for claim finding. */
export interface DraftText {
  readonly fileName: string;
  readonly format: DraftFormat;
  readonly text: string;
  /** The headline the file itself gives (an HTML page's `<h1>` or `<title>`), if any. */
  readonly title?: string;
  /** The publication date the draft itself gives (its metadata, else its dateline), if any. */
  readonly publicationDate?: PublicationDate;
  /** The file's own bytes when its layout is worth keeping (a .docx), to write it back with comments. */
  readonly original?: Uint8Array;
}

/** A draft's publication date (`YYYY-MM-DD`) and where it came from. */
export interface PublicationDate {
  readonly date: string;
  readonly source: PublicationDateSource;
}

/** The draft format of a file name, or a UserError saying what Factdesk can read. */
export function draftFormatOf(fileName: string): DraftFormat {
  const format = draftFormatOfName(fileName);
  if (format) return format;
  const extension = extname(fileName).toLowerCase();
  if (extension === '.doc') {
    throw new UserError(
      `${fileName} is an old Word .doc file; save it as .docx and import that.`,
      'unreadable-draft',
    );
  }
  if (['.rtf', '.odt', '.pages'].includes(extension)) {
    throw new UserError(
      `${fileName}: Factdesk cannot read ${extension} drafts; save it as .docx, .pdf or .txt.`,
      'unreadable-draft',
    );
  }
  throw new UserError(
    `${fileName} is not a draft Factdesk can read; it reads ${READABLE_DRAFTS} files.`,
    'unreadable-draft',
  );
}

/**
 * Reads a draft file from disk, refusing folders, huge files and unreadable data with a clear
 * sentence. In the app and the web workbench this runs in the extraction worker (extraction-job.ts).
 * `blocking` reads in blocking calls, for a thread that runs one job at a time and nothing else (a
 * worker): a small draft's stat, open, read and close cost about 150 us of CPU in the thread pool's
 * round trips, against 40 us blocking.
 */
export async function readDraftFile(path: string, blocking = false): Promise<DraftText> {
  const fileName = basename(path);
  draftFormatOf(fileName);
  let size: number;
  try {
    const info = blocking ? statSync(path) : await stat(path);
    if (!info.isFile()) throw new UserError(`${fileName} is not a file.`, 'unreadable-draft');
    size = info.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw readRefusal(fileName, error);
  }
  if (size > MAX_DRAFT_BYTES) throw tooLarge(fileName, size);
  return draftFromBytes(fileName, blocking ? readFileSync(path) : await readWhole(path));
}

async function readWhole(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Reads a draft from its bytes (a file on disk, or one the renderer sent), by its file name's format. */
export async function draftFromBytes(fileName: string, bytes: Uint8Array): Promise<DraftText> {
  return withDateline(withText(await readBytes(fileName, bytes)));
}

/** A draft with nothing but white space is refused, whatever its format (as a new version is). */
function withText(draft: DraftText): DraftText {
  if (!draft.text.trim()) throw new UserError(`${draft.fileName} has no text to check.`, 'unreadable-draft');
  return draft;
}

async function readBytes(fileName: string, bytes: Uint8Array): Promise<DraftText> {
  const name = basename(fileName.replaceAll('\\', '/'));
  const format = draftFormatOf(name);
  if (bytes.length > MAX_DRAFT_BYTES) throw tooLarge(name, bytes.length);
  switch (format) {
    case 'txt':
    case 'md':
      return { fileName: name, format, text: decodeDraft(name, bytes) };
    case 'html':
      return fromHtml(name, decodeDraft(name, bytes));
    case 'docx': {
      // Word and PDF readers (mammoth, pdf.js) load on first use, so other commands start fast.
      const { readDocx } = await import('./readers/read-docx');
      const { text, title, date } = await readDocx(name, bytes);
      return {
        fileName: name,
        format,
        text: normalizeText(text),
        ...(title ? { title } : {}),
        ...(date ? { publicationDate: { date, source: 'metadata' } } : {}),
        original: bytes,
      };
    }
    case 'pdf': {
      const { readPdf } = await import('./readers/read-pdf');
      return { fileName: name, format, text: normalizeText((await readPdf(name, bytes)).text) };
    }
    default:
      return assertNever(format, 'draft format');
  }
}

/** Checks a draft whose text arrived from the renderer (a file the browser read as text). */
export function draftFromText(fileName: string, text: string): DraftText {
  const name = basename(fileName.replaceAll('\\', '/'));
  const format = draftFormatOf(name);
  if (text.length > MAX_DRAFT_BYTES) throw tooLarge(name, text.length);
  if (text.includes('\0')) throw binaryDraft(name);
  if (format === 'docx' || format === 'pdf') {
    throw new UserError(
      `${name} is a ${format === 'pdf' ? 'PDF' : 'Word'} file, not text; send its bytes to import it.`,
      'unreadable-draft',
    );
  }
  if (format === 'html') return withDateline(fromHtml(name, normalizeText(text)));
  return withDateline(withText({ fileName: name, format, text: normalizeText(text) }));
}

/**
 * A draft whose file gives no publication date takes its dateline's, if it has one. The metadata
 * wins: the publisher's system writes it when the page goes out, while a dateline is typed by hand.
 */
function withDateline(draft: DraftText): DraftText {
  if (draft.publicationDate) return draft;
  const date = datelineDate(draft.text);
  return date ? { ...draft, publicationDate: { date, source: 'dateline' } } : draft;
}

function fromHtml(fileName: string, html: string): DraftText {
  const page = htmlToText(html);
  if (!page.text.trim()) throw new UserError(`${fileName} has no readable text.`, 'unreadable-draft');
  return {
    fileName,
    format: 'html',
    text: page.text,
    ...(page.title ? { title: page.title } : {}),
    ...(page.date ? { publicationDate: { date: page.date, source: 'metadata' } } : {}),
  };
}

function tooLarge(fileName: string, size: number): UserError {
  const mb = (size / 1024 / 1024).toFixed(0);
  return new UserError(
    `${fileName} is ${mb} MB; Factdesk reads drafts of up to 50 MB. Split it and import the parts.`,
    'too-large',
  );
}
