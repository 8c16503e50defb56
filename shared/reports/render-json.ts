import { buildReportModel, type ReportClaim, type ReportData } from './report-model';
import type { ReportSettings } from './report-options';
import { reportSummary } from './report-summary';

/**
 * The version of the JSON report's shape; it changes only when a field is removed or changes meaning.
 * 2: `corrections` became `verdictLog` (it logs verdict changes, not published corrections), and a
 * claim's `status` is the one it counts as (unchecked while `recheck` says a new version left it stale).
 */
export const JSON_REPORT_VERSION = 2;

/**
 * The report as JSON: the project, its documents (with their text), their claims with citations,
 * verdicts and history, and the verdict log, after the report's filters. Notes left out are
 * absent (from claims and from their history); confidential sources keep only their id and stance.
 */
export function renderReportJson(data: ReportData, settings: ReportSettings = {}): string {
  const model = buildReportModel(data, settings);
  const summary = reportSummary(model);
  const { options } = model;
  const report = {
    format: 'factdesk-report',
    version: JSON_REPORT_VERSION,
    generatedAt: options.generatedAt,
    generatedBy: options.generatedBy || undefined,
    selection: {
      statuses: options.statuses ?? 'all',
      documentIds: options.documentIds ?? 'all',
      includeNotes: options.includeNotes,
    },
    project: {
      id: model.projectId,
      title: model.title,
      methodology: model.methodology,
      organization: options.organization ?? undefined,
    },
    summary: {
      claimCount: model.claimCount,
      // What each claim counts as: a claim that needs a re-check is among `unchecked`.
      byStatus: model.counts,
      // Added in version 2 without a change of meaning: of `byStatus.unchecked`, the claims a new
      // version left stale; of `byStatus.verified` and `.disputed`, those without the evidence they need.
      needsRecheck: summary.needsRecheck,
      needsEvidence: summary.needsEvidence,
    },
    documents: model.documents.map((doc) => ({
      id: doc.id,
      title: doc.title,
      fileName: doc.fileName,
      sourceFormat: doc.sourceFormat,
      importedAt: doc.importedAt,
      version: doc.version,
      documentDate: doc.documentDate,
      text: doc.text,
      boilerplate: doc.boilerplate,
      claims: doc.claims.map(claimJson),
    })),
    verdictLog: model.verdictLog,
    ...(model.versions ? { versions: model.versions } : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function claimJson(claim: ReportClaim) {
  const { note, documentTitle: _title, ...rest } = claim;
  return {
    ...rest,
    ...(note === null ? {} : { note }),
    sentence: `${claim.context.before}${claim.context.quote}${claim.context.after}`,
  };
}
