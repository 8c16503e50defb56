import { ClaimStatusSchema, type ClaimStatus } from '../../shared/domain';
import {
  isTextReportFormat,
  linkableUrl,
  ReportFormatSchema,
  reportFormats,
  type ReportFormat,
  type ReportSettings,
} from '../../shared/reports';
import { buildReport } from '../../core/reports/build-report';
import { readReportSource } from '../../core/reports/load-report-data';
import { ChromiumPdfPrinter } from '../../core/reports/pdf-printer';
import { saveReportFile } from '../../core/reports/save-report';
import { cancellableByCtrlC } from '../cancel-on-ctrl-c';
import { UsageError } from '../cli-error';
import { reportPreparer } from '../report-preparer';
import { pdfProgressText, progressLine } from '../progress-line';
import { projectAccess } from '../passphrase-option';
import type { CommandResult } from './project-commands';

const TOOL = 'the factdesk command line';

/** Options of `factdesk report`. */
export interface ReportCommandOptions {
  readonly format?: string;
  readonly output?: string;
  readonly 'no-notes'?: boolean;
  readonly 'with-draft'?: boolean;
  readonly status?: readonly string[];
  readonly document?: readonly string[];
  readonly org?: string;
  readonly 'base-url'?: string;
  readonly by?: string;
}

/**
 * `factdesk report DIR --format F [-o FILE]`: reads the project without its write lock and writes
 * the report to FILE, or to stdout for text formats. PDF and DOCX need -o; PDF is printed by Chromium.
 */
export async function reportCommand(dir: string, options: ReportCommandOptions): Promise<CommandResult> {
  const format = parseFormat(options.format);
  if (!isTextReportFormat(format) && !options.output) {
    throw new UsageError(`--format ${format} makes a binary file; name it with -o FILE.`);
  }
  const settings: ReportSettings = {
    includeNotes: !options['no-notes'],
    includeDraft: Boolean(options['with-draft']),
    statuses: parseStatuses(options.status ?? []),
    documentIds: (options.document ?? []).flatMap(splitList),
    organization: options.org,
    baseUrl: parseBaseUrl(options['base-url']),
    generatedBy: await reportPreparer(options.by),
  };
  const { data, originals } = await readReportSource(dir, TOOL, projectAccess());
  let report;
  if (format === 'pdf') {
    // Printed in parts: a progress line on a terminal, and Ctrl-C cancels between parts.
    const printer = new ChromiumPdfPrinter(undefined, { handleCtrlC: false });
    const progress = progressLine(process.stderr);
    try {
      report = await cancellableByCtrlC((signal) =>
        buildReport(data, format, settings, {
          pdfPrinter: printer,
          originals,
          onProgress: progress && ((step) => progress.show(pdfProgressText(step))),
          signal,
        }),
      );
    } finally {
      progress?.clear();
      await printer.close();
    }
  } else {
    report = await buildReport(data, format, settings, { originals });
  }
  if (!options.output) return { stdout: Buffer.from(report.bytes).toString('utf8') };
  const what = format === 'docx-comments' ? 'draft with comments' : `${format} report`;
  await saveReportFile(options.output, report.bytes, dir, `the ${what}`);
  return {
    stdout: `Wrote the ${what} of "${data.project.title}" to ${options.output}.\n`,
    ...(report.notice ? { stderr: `factdesk: ${report.notice}\n` } : {}),
  };
}

function parseFormat(value: string | undefined): ReportFormat {
  if (value === undefined) throw new UsageError(`report needs --format ${reportFormats.join('|')}.`);
  const parsed = ReportFormatSchema.safeParse(value.trim().toLowerCase());
  if (!parsed.success)
    throw new UsageError(`--format must be one of ${reportFormats.join(', ')}, not "${value}".`);
  return parsed.data;
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function parseStatuses(values: readonly string[]): ClaimStatus[] {
  return values.flatMap(splitList).map((status) => {
    const parsed = ClaimStatusSchema.safeParse(status);
    if (!parsed.success) {
      throw new UsageError(`--status must be unchecked, verified, disputed or unsourced, not "${status}".`);
    }
    return parsed.data;
  });
}

function parseBaseUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!linkableUrl(value))
    throw new UsageError(`--base-url must be an http or https address, not "${value}".`);
  return value;
}
