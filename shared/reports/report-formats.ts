// The report formats as plain values, without zod (report-options.ts adds the schemas): the renderer's
// export choices use these, and its code does not load zod.

/** The formats a report can be exported in. */
export const reportFormats = [
  'html',
  'pdf',
  'docx',
  'docx-comments',
  'md',
  'csv',
  'json',
  'claimreview',
] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** How each format is saved: its file extension, MIME type, and whether it is text. */
export const reportFormatInfo: Readonly<
  Record<ReportFormat, { readonly extension: string; readonly mimeType: string; readonly label: string }>
> = {
  html: { extension: 'html', mimeType: 'text/html;charset=utf-8', label: 'Web page (HTML)' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf', label: 'PDF' },
  docx: {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (DOCX)',
  },
  'docx-comments': {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Draft with comments (Word)',
  },
  md: { extension: 'md', mimeType: 'text/markdown;charset=utf-8', label: 'Markdown' },
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8', label: 'Spreadsheet (CSV)' },
  json: { extension: 'json', mimeType: 'application/json', label: 'JSON (everything)' },
  claimreview: {
    extension: 'jsonld',
    mimeType: 'application/ld+json',
    label: 'schema.org ClaimReview (JSON-LD)',
  },
};

/** Formats whose report is a string: every format but PDF and the Word ones. */
export type TextReportFormat = Exclude<ReportFormat, 'pdf' | 'docx' | 'docx-comments'>;

/** True for formats whose report is a string (every format but PDF and the Word ones). */
export function isTextReportFormat(format: ReportFormat): format is TextReportFormat {
  return format !== 'pdf' && format !== 'docx' && format !== 'docx-comments';
}
