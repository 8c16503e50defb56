import { assertNever } from '../domain/enums';
import type { ReportData } from './report-model';
import type { ReportSettings, TextReportFormat } from './report-options';
import { renderClaimReview } from './render-claimreview';
import { renderReportCsv } from './render-csv';
import { renderReportHtml } from './render-html';
import { renderReportJson } from './render-json';
import { renderReportMarkdown } from './render-markdown';

/** A report in one of the text formats (every format but PDF and DOCX, which need Node). */
export function renderTextReport(
  data: ReportData,
  format: TextReportFormat,
  settings: ReportSettings = {},
): string {
  switch (format) {
    case 'html':
      return renderReportHtml(data, settings);
    case 'md':
      return renderReportMarkdown(data, settings);
    case 'csv':
      return renderReportCsv(data, settings);
    case 'json':
      return renderReportJson(data, settings);
    case 'claimreview':
      return renderClaimReview(data, settings);
    default:
      return assertNever(format, 'report format');
  }
}
