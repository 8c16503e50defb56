import { buildReportModel, type ReportCitation, type ReportClaim, type ReportData } from './report-model';
import type { ReportSettings } from './report-options';
import { oneLine } from './text-format';
import { stanceLabels, statusLabels } from './verdicts';
import type { ReportVersionChange } from './version-changes';

/** The byte-order mark that makes spreadsheet programs read the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * Neutralizes spreadsheet formula injection: a cell that begins with `=`, `+`, `-`, `@`, a tab
 * or a carriage return is prefixed with `'`, so a spreadsheet shows it as text and never runs it.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field (RFC 4180): always quoted, inner quotes doubled, formula-neutralized. */
export function csvField(value: string): string {
  return `"${neutralizeFormula(value).replace(/"/g, '""')}"`;
}

/**
 * The report as CSV: one row per claim, UTF-8 with a byte-order mark, CRLF line ends, every field
 * quoted. The note column is present only when notes are included.
 */
export function renderReportCsv(data: ReportData, settings: ReportSettings = {}): string {
  const model = buildReportModel(data, settings);
  const includeNotes = model.options.includeNotes;
  const header = [
    'claim_id',
    'document_id',
    'document',
    'statement',
    'quote',
    'sentence',
    'kind',
    'score',
    'status',
    'verdict',
    'checked_by',
    'checked_at',
    'approved_by',
    'approved_at',
    'assignee',
    'resolved_date',
    'checklist_done',
    'checklist_open',
    ...(includeNotes ? ['note'] : []),
    'citation_count',
    'citations',
    'warnings',
    'anchoring',
    'needs_recheck',
    'previous_quote',
    'previous_status',
    'needs_evidence',
    'date_relation',
  ];
  const rows = [header];
  for (const doc of model.documents) {
    for (const claim of doc.claims) {
      const { before, quote, after } = claim.context;
      rows.push([
        claim.id,
        doc.id,
        doc.title || doc.fileName,
        claim.text,
        claim.quote,
        oneLine(`${before}${quote}${after}`),
        claim.kind,
        claim.score.toFixed(3),
        claim.status,
        statusLabels[claim.status],
        claim.verdict?.by ?? '',
        claim.verdict?.at ?? '',
        claim.approval?.by ?? '',
        claim.approval?.at ?? '',
        claim.assignee ?? '',
        claim.resolvedDate ?? '',
        claim.checklist.length > 0
          ? `${claim.checklist.filter((entry) => entry.done).length}/${claim.checklist.length}`
          : '',
        claim.checklist
          .filter((entry) => !entry.done)
          .map((entry) => entry.item)
          .join(' | '),
        ...(includeNotes ? [claim.note ?? ''] : []),
        String(claim.citations.length),
        claim.citations.map(citationText).join(' | '),
        claim.warnings.join(' | '),
        ...revisionCells(
          claim,
          model.versions?.changes.find((change) => change.claimId === claim.id),
        ),
        claim.needsEvidence ?? '',
        claim.dateRelation ?? '',
      ]);
    }
  }
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The claim's state after the last new version of its draft, when that version changed it. */
function revisionCells(claim: ReportClaim, change: ReportVersionChange | undefined): string[] {
  if (!change && !claim.recheck) return ['', '', '', ''];
  return [
    change?.state ?? claim.recheck!.state,
    claim.recheck ? 'yes' : 'no',
    change?.was ?? claim.recheck?.was ?? '',
    claim.recheck?.previousStatus ?? change?.previousStatus ?? '',
  ];
}

/** One citation on one line: stance, title, publisher, date, locator, address, archived copy, passage. */
function citationText(citation: ReportCitation): string {
  const stance = stanceLabels[citation.stance];
  if (citation.redacted) return `${stance}: confidential source (withheld)`;
  const parts = [citation.title, citation.publisher, citation.date, citation.locator]
    .filter(Boolean)
    .join(', ');
  const url = citation.url ? ` <${citation.url}>` : '';
  const archived = citation.archivedUrl ? ` (archived: <${citation.archivedUrl}>)` : '';
  const quote = citation.quote.trim() ? ` “${oneLine(citation.quote)}”` : '';
  return `${stance}: ${oneLine(parts)}${url}${archived}${quote}`;
}
