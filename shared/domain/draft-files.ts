import { draftFormats, type DraftFormat } from './enum-values';

/**
 * The one table of draft files Factdesk imports: each file extension, the format it is read as, and
 * how a browser sends it (plain files as text, the others as bytes for the services to read). The
 * importer, the CLI's folder import, the desktop file dialog and the web picker all derive from it.
 */
export const draftExtensions = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
} as const satisfies Record<string, DraftFormat>;

export type DraftExtension = keyof typeof draftExtensions;

/** Media types a browser's file picker may also match, by format. */
const mediaTypes: Record<DraftFormat, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** Formats a browser reads as text itself; the others go to the services as bytes. */
const sentAsText: ReadonlySet<DraftFormat> = new Set(['txt', 'md']);

/** Every draft extension, with its dot, in table order. */
export const DRAFT_EXTENSIONS = Object.keys(draftExtensions) as DraftExtension[];

/** The readable formats in words, for sentences: ".txt, .md, .html, .docx and .pdf". */
export const READABLE_DRAFTS = ((): string => {
  const first = draftFormats.map((format) => DRAFT_EXTENSIONS.find((e) => draftExtensions[e] === format)!);
  return `${first.slice(0, -1).join(', ')} and ${first.at(-1)}`;
})();

/** The extension of a file name, lower-cased, with its dot ('' when it has none). */
function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && !/[\\/]/.test(fileName.slice(dot)) ? fileName.slice(dot).toLowerCase() : '';
}

/** The format a file name is read as, or undefined when it is not a draft Factdesk reads. */
export function draftFormatOfName(fileName: string): DraftFormat | undefined {
  const extension = extensionOf(fileName);
  return Object.hasOwn(draftExtensions, extension) ? draftExtensions[extension as DraftExtension] : undefined;
}

/** How a browser sends a draft file: 'text', 'bytes', or undefined when it is not a draft. */
export function draftTransportOf(fileName: string): 'text' | 'bytes' | undefined {
  const format = draftFormatOfName(fileName);
  if (!format) return undefined;
  return sentAsText.has(format) ? 'text' : 'bytes';
}

/** The `accept` attribute of a file input for drafts: every extension, then the media types. */
export const DRAFT_ACCEPT = [...DRAFT_EXTENSIONS, ...new Set(Object.values(mediaTypes))].join(',');
