import { splitPrintBlocks, type PrintBlock, type PrintWrapper } from './print-blocks';
import { buildReportModel, type ReportData, type ReportModel } from './report-model';
import type { ReportSettings } from './report-options';
import {
  draftHtml,
  headerHtml,
  htmlPage,
  methodologyHtml,
  reportFooterHtml,
  summaryHtml,
  verdictLogHtml,
  versionsHtml,
} from './render-html';
import { printClaimBlocks } from './render-print-claims';

/**
 * Characters of markup per printed part: about 40 pages of unchecked claims' lines or 60 claims in
 * full. Chromium's time per page stays flat up to a few hundred pages and then grows with the page's
 * length; parts this size print at its best speed (docs/scale.md has the figures).
 */
export const PRINT_PART_CHARS = 400_000;

/**
 * The report printed to PDF as whole HTML pages, in order: summary first, checked claims in full,
 * each unchecked claim one line (so the pages follow the work done, docs/reports.md), cut into parts
 * of about `budget` characters. A report under the budget is one page, as before.
 */
export function reportPrintParts(model: ReportModel, budget: number = PRINT_PART_CHARS): string[] {
  const main: PrintWrapper = { open: '<main>', resume: '<main>', close: '</main>' };
  const blocks: PrintBlock[] = [
    { html: headerHtml(model), within: [] },
    { html: methodologyHtml(model), within: [main] },
    { html: summaryHtml(model), within: [main] },
    ...printClaimBlocks(model, main),
    { html: verdictLogHtml(model), within: [main] },
    { html: versionsHtml(model), within: [main] },
  ];
  if (model.options.includeDraft) blocks.push({ html: draftHtml(model), within: [main] });
  blocks.push({ html: reportFooterHtml(model), within: [] });
  return splitPrintBlocks(
    blocks.filter((block) => block.html !== ''),
    budget,
  ).map((body) => htmlPage(model, body));
}

/** The whole page printed to PDF, in one part. */
export function renderReportPrintHtml(data: ReportData, settings: ReportSettings = {}): string {
  return reportPrintParts(buildReportModel(data, settings), Infinity)[0]!;
}
