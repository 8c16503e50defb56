import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** poppler-utils' pdftotext, where installed. */
export const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((path) => existsSync(path));

/** The text of each page of a PDF file, as pdftotext lays it out (pages end in a form feed). */
export async function pdfPageTexts(file: string): Promise<string[]> {
  if (!pdftotext) throw new Error('pdftotext (poppler-utils) is not installed.');
  const { stdout } = await run(pdftotext, ['-layout', file, '-'], { maxBuffer: 512 * 1024 * 1024 });
  const pages = stdout.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}
