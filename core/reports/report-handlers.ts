import { Buffer } from 'node:buffer';
import { UserError } from '../../shared/errors';
import type { ReportFormat, ReportOptions } from '../../shared/reports';
import type { HandlerSlice } from '../ipc/handler-types';
import type { Dialogs } from '../service-types';
import { buildReport, reportFileNameFor, type ReportFile } from './build-report';
import type { PdfPrinter } from './pdf-printer';
import { reportDataOf } from './load-report-data';
import { saveReportFile } from './save-report';
import type { WorkbenchSession } from '../session/workbench-session';

type ReportChannel = 'project:setMethodology' | 'report:export' | 'dialog:saveReport';

/** What reports need of the shell: a PDF printer, and a save dialog where it has one. */
export interface ReportContext {
  readonly pdfPrinter: PdfPrinter;
  readonly dialogs: Pick<Dialogs, 'chooseReportPath'>;
}

/** Handlers for the methodology and reports (download or native save). */
export function reportHandlers({ pdfPrinter, dialogs }: ReportContext): HandlerSlice<ReportChannel> {
  const build = async (
    session: WorkbenchSession,
    format: ReportFormat,
    options: ReportOptions,
  ): Promise<ReportFile> =>
    buildReport(
      await reportDataOf(session.project),
      format,
      { ...options, generatedBy: session.checker },
      { pdfPrinter, originals: session.project },
    );
  return {
    'project:setMethodology': ({ text }, session) =>
      session.project.setMethodology(text, session.deskChecker),
    'report:export': async ({ format, options }, session) => {
      const report = await build(session, format, options);
      return {
        fileName: report.fileName,
        mimeType: report.mimeType,
        base64: Buffer.from(report.bytes).toString('base64'),
        ...(report.notice ? { notice: report.notice } : {}),
      };
    },
    'dialog:saveReport': async ({ format, options }, session) => {
      const choose = dialogs.chooseReportPath;
      if (!choose)
        throw new UserError(
          'This workbench cannot save files itself; export the report as a download.',
          'unavailable',
        );
      const path = await choose.call(
        dialogs,
        reportFileNameFor(await reportDataOf(session.project), format, options),
      );
      if (!path) return null;
      const report = await build(session, format, options);
      await saveReportFile(path, report.bytes, session.project.dir);
      return { path, ...(report.notice ? { notice: report.notice } : {}) };
    },
  };
}
