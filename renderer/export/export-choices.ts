import type { ClaimStatus } from '../../shared/domain/enums';
import { reportFormatInfo, type ReportFormat } from '../../shared/reports/report-formats';
import type { ReportOptions } from '../../shared/reports/report-options';

/** The formats in the order the dialog lists them, with a line on what each is for. */
export const EXPORT_FORMATS: readonly {
  readonly format: ReportFormat;
  readonly label: string;
  readonly hint: string;
}[] = [
  { format: 'html', label: reportFormatInfo.html.label, hint: 'One self-contained page to read or print.' },
  { format: 'pdf', label: reportFormatInfo.pdf.label, hint: 'For the archive.' },
  { format: 'docx', label: reportFormatInfo.docx.label, hint: 'For editing in Word or LibreOffice.' },
  {
    format: 'docx-comments',
    label: reportFormatInfo['docx-comments'].label,
    hint: 'One draft back to its writer, a Word comment on each checked claim.',
  },
  { format: 'md', label: reportFormatInfo.md.label, hint: 'Plain text with light formatting.' },
  { format: 'csv', label: reportFormatInfo.csv.label, hint: 'One row per claim.' },
  { format: 'json', label: reportFormatInfo.json.label, hint: 'Project, claims, citations and history.' },
  {
    format: 'claimreview',
    label: reportFormatInfo.claimreview.label,
    hint: 'Structured data for search engines.',
  },
];

/** The verdict filters, in the order the dialog shows them. */
export const EXPORT_STATUSES: readonly { readonly status: ClaimStatus; readonly label: string }[] = [
  { status: 'verified', label: 'Verified' },
  { status: 'disputed', label: 'Disputed' },
  { status: 'unsourced', label: 'Unsourced' },
  { status: 'unchecked', label: 'Unchecked' },
];

/** What the checker has chosen in the dialog. */
export interface ExportChoices {
  readonly format: ReportFormat;
  readonly includeNotes: boolean;
  readonly includeDraft: boolean;
  readonly statuses: readonly ClaimStatus[];
  /** A document id, or '' for all documents. */
  readonly documentId: string;
  readonly organization: string;
  readonly baseUrl: string;
}

/** The dialog's starting choices: HTML, notes in, every verdict, every document. */
export const DEFAULT_CHOICES: ExportChoices = {
  format: 'html',
  includeNotes: true,
  includeDraft: false,
  statuses: EXPORT_STATUSES.map((entry) => entry.status),
  documentId: '',
  organization: '',
  baseUrl: '',
};

/** Formats that can append the annotated drafts. */
export function offersDraft(format: ReportFormat): boolean {
  return format === 'html' || format === 'pdf' || format === 'docx' || format === 'md';
}

/** The report options the IPC contract takes, from the dialog's choices. */
export function toReportOptions(choices: ExportChoices): ReportOptions {
  const all = choices.statuses.length === EXPORT_STATUSES.length;
  return {
    includeNotes: choices.includeNotes,
    includeDraft: offersDraft(choices.format) && choices.includeDraft,
    ...(all ? {} : { statuses: [...choices.statuses] }),
    ...(choices.documentId ? { documentIds: [choices.documentId] } : {}),
    ...(choices.organization.trim() ? { organization: choices.organization.trim() } : {}),
    ...(choices.format === 'claimreview' && choices.baseUrl.trim()
      ? { baseUrl: choices.baseUrl.trim() }
      : {}),
  };
}

/** A sentence when the format needs one draft and none is chosen among several, else undefined. */
export function draftChoiceError(choices: ExportChoices, documentCount: number): string | undefined {
  return choices.format === 'docx-comments' && documentCount > 1 && !choices.documentId
    ? 'Choose the draft to write back with comments.'
    : undefined;
}

/** A sentence for a base URL that cannot be used, or undefined when it is fine (or empty). */
export function baseUrlError(baseUrl: string): string | undefined {
  const value = baseUrl.trim();
  if (!value) return undefined;
  return /^https?:\/\/[^\s/]+/i.test(value)
    ? undefined
    : 'Use an address that starts with https:// or http://.';
}

/**
 * The notice once a file is written: what (report or draft with comments), where (`saved to` a path
 * in the desktop app, `downloaded as` a file name in the web workbench), and the report's own
 * sentence when it could not be made exactly as asked — the same in both.
 */
export function exportedMessage(
  format: ReportFormat,
  where: { readonly savedTo: string } | { readonly downloadedAs: string },
  notice?: string,
): string {
  const what = format === 'docx-comments' ? 'Draft with comments' : 'Report';
  const done = 'savedTo' in where ? `saved to ${where.savedTo}` : `downloaded as ${where.downloadedAs}`;
  return `${what} ${done}.${notice ? ` ${notice}` : ''}`;
}
