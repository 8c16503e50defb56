import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { DraftFormat } from '../../../shared/domain';
import { UserError } from '../../../shared/errors';
import { describeIoError } from '../storage/json-file-adapter';

/** The largest draft Factdesk reads, in bytes. */
export const MAX_DRAFT_BYTES = 50 * 1024 * 1024;

/** A draft's text, ready for claim finding. */
export interface DraftText {
  readonly fileName: string;
  readonly format: DraftFormat;
  readonly text: string;
}

const textFormats: Record<string, DraftFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
};
const laterFormats = new Set(['.html', '.htm', '.docx', '.pdf']);

/** The draft format of a file name, or a UserError saying what Factdesk can read. */
export function draftFormatOf(fileName: string): DraftFormat {
  const extension = extname(fileName).toLowerCase();
  const format = textFormats[extension];
  if (format) return format;
  if (laterFormats.has(extension)) {
    throw new UserError(
      `${fileName}: Factdesk cannot read ${extension} drafts yet; save it as plain text (.txt) and import that.`,
    );
  }
  throw new UserError(`${fileName} is not a draft Factdesk can read; it reads .txt and .md files.`);
}

/** Reads a draft file from disk, refusing folders, huge files and binary data with a clear sentence. */
export async function readDraftFile(path: string): Promise<DraftText> {
  const fileName = basename(path);
  const format = draftFormatOf(fileName);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UserError(`${fileName} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Factdesk cannot read ${fileName}: ${describeIoError(error)}.`);
  }
  if (size > MAX_DRAFT_BYTES) throw tooLarge(fileName, size);
  const handle = await open(path, 'r');
  try {
    const bytes = await handle.readFile();
    return { fileName, format, text: decodeDraft(fileName, bytes) };
  } finally {
    await handle.close();
  }
}

/** Checks a draft whose text arrived from the renderer (a file the browser read). */
export function draftFromText(fileName: string, text: string): DraftText {
  const name = basename(fileName.replaceAll('\\', '/'));
  const format = draftFormatOf(name);
  if (text.length > MAX_DRAFT_BYTES) throw tooLarge(name, text.length);
  if (text.includes('\0')) throw binary(name);
  return { fileName: name, format, text: normalizeText(text) };
}

/** Decodes UTF-8 (or UTF-16 with a byte-order mark); binary data is refused. */
export function decodeDraft(fileName: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return normalizeText(new TextDecoder('utf-16le').decode(bytes));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return normalizeText(new TextDecoder('utf-16be').decode(bytes));
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw binary(fileName);
  try {
    return normalizeText(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    // Not UTF-8: old drafts are often Windows-1252, which maps every byte to a character.
    return normalizeText(decodeWindows1252(bytes));
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, the euro sign…).
// Node's TextDecoder without full ICU decodes that range as C1 controls, so map it here.
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes Windows-1252 bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) {
    const chunk = bytes.subarray(at, at + 8192);
    text += String.fromCharCode(...chunk.map((byte) => byte)).replace(
      /[\u0080-\u009f]/g,
      (c) => cp1252High[c.charCodeAt(0) - 0x80]!,
    );
  }
  return text;
}

/** One line ending (\n) and no byte-order mark, so offsets are the same on every platform. */
export function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}

function tooLarge(fileName: string, size: number): UserError {
  const mb = (size / 1024 / 1024).toFixed(0);
  return new UserError(
    `${fileName} is ${mb} MB; Factdesk reads drafts of up to 50 MB. Split it and import the parts.`,
  );
}

function binary(fileName: string): UserError {
  return new UserError(`${fileName} does not look like a text draft: it contains binary data.`);
}
