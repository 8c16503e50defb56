import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { chromium, type Page } from 'playwright-core';
import { OFFLINE_CHROMIUM_ARGS } from '../../core/reports/pdf-printer';

/** The browser's strict XML parser and DOM, as the page sees them (this folder compiles without the DOM types). */
interface XmlElement {
  readonly localName: string;
  readonly textContent: string | null;
  getAttributeNS(namespace: string, name: string): string | null;
  getElementsByTagNameNS(namespace: string, name: string): ArrayLike<XmlElement>;
}
interface XmlDocument {
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
  getElementsByTagNameNS(namespace: string, name: string): ArrayLike<XmlElement>;
}
declare const DOMParser: new () => { parseFromString(xml: string, type: 'application/xml'): XmlDocument };

/** Where the strict XML parser (Chromium's) is, and why tests that need it are skipped. */
export const CHROMIUM = process.env.FACTDESK_CHROMIUM || '/usr/bin/chromium';
export const NO_CHROMIUM = existsSync(CHROMIUM)
  ? ''
  : ` — skipped: no Chromium at ${CHROMIUM} to parse the XML`;

/** LibreOffice's command, and why tests that open documents in it are skipped. */
export const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((path) =>
  existsSync(path),
);
export const NO_SOFFICE = SOFFICE ? '' : ' — skipped: LibreOffice (soffice) is not installed';

/** Every XML part of a .docx (or .odt), by name. */
export function xmlParts(bytes: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes)))
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = strFromU8(data);
  return parts;
}

/** Collapses whitespace runs to one space and trims, as readers of a Word file see text. */
export const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a strict XML parser reads from a commented Word file. */
export interface ReadComments {
  /** Parse errors, by part. */
  readonly errors: string[];
  /** For each comment id, the text of the `<w:t>` elements between its range start and end. */
  readonly ranges: Record<string, string>;
  /** For each comment id: author, date and the text of its paragraphs, one a line. */
  readonly comments: Record<string, { author: string; date: string; text: string }>;
}

/** Parses every part with Chromium's strict XML parser and reads the comment ranges and comments. */
export async function readWordComments(bytes: Uint8Array): Promise<ReadComments> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: OFFLINE_CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    return await readInPage(page, xmlParts(bytes));
  } finally {
    await browser.close();
  }
}

function readInPage(page: Page, parts: Record<string, string>): Promise<ReadComments> {
  return page.evaluate((all: Record<string, string>) => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const errors: string[] = [];
    const parsed: Record<string, XmlDocument> = {};
    for (const [name, xml] of Object.entries(all)) {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      if (error) errors.push(`${name}: ${error.textContent}`);
      parsed[name] = doc;
    }
    const ranges: Record<string, string> = {};
    const open = new Set<string>();
    const body = parsed['word/document.xml'];
    for (const element of body ? Array.from(body.getElementsByTagNameNS(W, '*')) : []) {
      const id = element.getAttributeNS(W, 'id') ?? '';
      if (element.localName === 'commentRangeStart') {
        open.add(id);
        ranges[id] = '';
      } else if (element.localName === 'commentRangeEnd') open.delete(id);
      else if (element.localName === 't') for (const each of open) ranges[each] += element.textContent ?? '';
    }
    const comments: Record<string, { author: string; date: string; text: string }> = {};
    const part = parsed['word/comments.xml'];
    for (const comment of part ? Array.from(part.getElementsByTagNameNS(W, 'comment')) : []) {
      const paragraphs = Array.from(comment.getElementsByTagNameNS(W, 'p')).map((p) =>
        Array.from(p.getElementsByTagNameNS(W, 't'))
          .map((t) => t.textContent)
          .join(''),
      );
      comments[comment.getAttributeNS(W, 'id') ?? ''] = {
        author: comment.getAttributeNS(W, 'author') ?? '',
        date: comment.getAttributeNS(W, 'date') ?? '',
        text: paragraphs.join('\n'),
      };
    }
    return { errors, ranges, comments };
  }, parts);
}

const run = promisify(execFile);

/**
 * Converts a file with LibreOffice headless into `dir` (`to`: "odt", or a PDF filter string) and
 * returns the bytes. Each call has its own profile, so conversions never hand off to another
 * LibreOffice already running on the machine.
 */
export async function convertWithLibreOffice(
  file: string,
  dir: string,
  to: string,
  ext: string,
): Promise<Uint8Array> {
  const profile = join(dir, `lo-profile-${ext}`);
  const out = join(dir, `lo-${ext}`);
  await run(
    SOFFICE!,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', out, file],
    {
      timeout: 240_000,
    },
  );
  const name = file.replace(/^.*\//, '').replace(/\.[^.]+$/, `.${ext}`);
  return new Uint8Array(await readFile(join(out, name)));
}
