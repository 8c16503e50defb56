import { z } from 'zod';
import { ClaimStatusSchema, type ClaimStatus } from '../domain/enums';
import { IdSchema } from '../ipc/arg-schemas';
import { reportFormatInfo, reportFormats, type ReportFormat } from './report-formats';

export * from './report-formats';

export const ReportFormatSchema = z.enum(reportFormats);

/** What the checker chooses in the export dialog or on the command line. Every field is optional. */
export const ReportOptionsSchema = z
  .object({
    /** Include the checkers' notes (default true). Leave them out for a report that leaves the desk. */
    includeNotes: z.boolean().optional(),
    /** Append the drafts with their claims highlighted (default false). */
    includeDraft: z.boolean().optional(),
    /** Only claims with these statuses (default all). */
    statuses: z.array(ClaimStatusSchema).max(4).optional(),
    /** Only claims of these documents (default all). */
    documentIds: z.array(IdSchema).max(10_000).optional(),
    /** The fact-checking organization, named as the author of ClaimReview items and in the report. */
    organization: z.string().trim().max(200).optional(),
    /** Where the report will be published (http or https); ClaimReview URLs become `<baseUrl>#claim-<id>`. */
    baseUrl: z.string().trim().max(2000).optional(),
  })
  .strict();
export type ReportOptions = z.infer<typeof ReportOptionsSchema>;

/** The options plus what the caller knows about the export itself (who and when). */
export interface ReportSettings extends ReportOptions {
  /** When the report was generated (ISO timestamp); defaults to now. */
  readonly generatedAt?: string;
  /** Who generated it, as written in the report's footer. */
  readonly generatedBy?: string;
}

/** Options with every default applied. */
export interface ResolvedReportOptions {
  readonly includeNotes: boolean;
  readonly includeDraft: boolean;
  readonly statuses: readonly ClaimStatus[] | null;
  readonly documentIds: readonly string[] | null;
  readonly organization: string | null;
  readonly baseUrl: string | null;
  readonly generatedAt: string;
  readonly generatedBy: string;
}

/** Applies the defaults; an empty status or document list means "all". */
export function resolveReportOptions(settings: ReportSettings = {}): ResolvedReportOptions {
  return {
    includeNotes: settings.includeNotes ?? true,
    includeDraft: settings.includeDraft ?? false,
    statuses: settings.statuses?.length ? [...new Set(settings.statuses)] : null,
    documentIds: settings.documentIds?.length ? [...new Set(settings.documentIds)] : null,
    organization: settings.organization?.trim() || null,
    baseUrl: settings.baseUrl?.trim() || null,
    generatedAt: settings.generatedAt ?? new Date().toISOString(),
    generatedBy: settings.generatedBy?.trim() || '',
  };
}

/**
 * A file name for a report: the title made safe for every file system, plus the extension. The
 * title is the project's, or for a draft with comments the draft's (see draftForComments).
 */
export function reportFileName(title: string, format: ReportFormat): string {
  const base =
    title
      .normalize('NFKC')
      .split('')
      .map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 80)
      .trim() || 'Factdesk';
  const suffix =
    format === 'claimreview' ? ' claimreview' : format === 'docx-comments' ? ' with comments' : ' report';
  return `${base}${suffix}.${reportFormatInfo[format].extension}`;
}

/** A report ready to hand to the renderer: its file name, MIME type and bytes in base64. */
export interface ExportedReport {
  readonly fileName: string;
  readonly mimeType: string;
  readonly base64: string;
  /** One sentence when the file could not be made exactly as asked. */
  readonly notice?: string;
}

/** A report saved where the checker chose in the native save dialog: the path, and the same notice. */
export interface SavedReport {
  readonly path: string;
  /** One sentence when the file could not be made exactly as asked (as `ExportedReport.notice`). */
  readonly notice?: string;
}
