import { Buffer } from 'node:buffer';
import { UserError } from '../../shared/errors';
import { reportFileName, type ReportFormat, type ReportOptions } from '../../shared/reports';
import { draftFromBytes } from '../drafts/read-draft';
import type { Services } from '../index';
import { buildReport, type ReportFile } from './build-report';
import { reportDataOf } from './load-report-data';
import { saveReportFile } from './save-report';
import type { WorkbenchSession } from '../session/workbench-session';
import type { HandlerMap } from '../ipc/handlers';

type ReportChannel =
  'project:setMethodology' | 'documents:importBytes' | 'report:export' | 'dialog:saveReport';

/** Handlers for the methodology, reports (download or native save) and drafts sent as bytes. */
export function reportHandlers(services: Services): Pick<HandlerMap, ReportChannel> {
  const build = (
    session: WorkbenchSession,
    format: ReportFormat,
    options: ReportOptions,
  ): Promise<ReportFile> =>
    buildReport(
      reportDataOf(session.project),
      format,
      { ...options, generatedBy: session.checker },
      { pdfPrinter: services.pdfPrinter },
    );
  return {
    'project:setMethodology': ({ text }, session) => session.project.setMethodology(text),
    'documents:importBytes': ({ fileName, base64 }, session) =>
      session.importDrafts([() => draftFromBytes(fileName, Buffer.from(base64, 'base64'))], [fileName]),
    'report:export': async ({ format, options }, session) => {
      const report = await build(session, format, options);
      return {
        fileName: report.fileName,
        mimeType: report.mimeType,
        base64: Buffer.from(report.bytes).toString('base64'),
      };
    },
    'dialog:saveReport': async ({ format, options }, session) => {
      const choose = services.dialogs.chooseReportPath;
      if (!choose)
        throw new UserError('This workbench cannot save files itself; export the report as a download.');
      const path = await choose.call(services.dialogs, reportFileName(session.project.title, format));
      if (!path) return null;
      await saveReportFile(path, await build(session, format, options));
      return path;
    },
  };
}
