import type { FactdeskDocument } from '../shared/domain';
import { claimChecklist, defaultChecklists, type Checklists } from '../shared/domain/checklists';
import type { ClaimRow } from '../shared/ipc';

/**
 * Claims as one JSON array, one compact object a line, with the fields the command-line contract
 * promises. Each says its document's publication date (`documentDate`, null when none), against
 * which its `values` (`dateStart`, `dateEnd`) were resolved, and its kind's checklist (`checklist`:
 * `[{ item, done }]`).
 */
export function claimsJson(
  rows: readonly ClaimRow[],
  documents: readonly Pick<FactdeskDocument, 'id' | 'documentDate'>[],
  checklists: Checklists = defaultChecklists,
): string {
  const dates = new Map(documents.map((doc) => [doc.id, doc.documentDate ?? null]));
  const lines = rows.map((row) =>
    JSON.stringify(jsonClaim(row, dates.get(row.documentId) ?? null, checklists)),
  );
  return lines.length === 0 ? EMPTY_ARRAY : `${ARRAY_START}${lines.join(LINE_BETWEEN)}${ARRAY_END}`;
}

/** The JSON array of claims is written as `[`, one object a line (a comma ending each but the last), `]`. */
export const ARRAY_START = '[\n';
export const LINE_BETWEEN = ',\n';
export const ARRAY_END = '\n]\n';
export const EMPTY_ARRAY = '[]\n';

/** One claim as the JSON output gives it: the row plus the fields that are always present. */
export function jsonClaim(row: ClaimRow, documentDate: string | null, checklists: Checklists) {
  return {
    ...row,
    documentDate,
    // Every claim says how it was found in its document's current text ("exact" until a new version).
    needsRecheck: row.needsRecheck ?? false,
    anchoring: row.anchoring ?? 'exact',
    // Competing verdicts or notes from checkers who had not seen each other's: empty when none.
    contested: row.contested ?? [],
    checklist: jsonChecklist(checklists, row),
  };
}

/** A claim's checklist as the JSON output gives it: its kind's items in order, each `{ item, done }`. */
export function jsonChecklist(checklists: Checklists, claim: Pick<ClaimRow, 'kind' | 'ticks'>) {
  return claimChecklist(checklists, claim).map(({ item, done }) => ({ item, done }));
}

/** Claims as aligned text lines for a terminal: id, status, kind, score and the quoted span. */
export function claimsText(rows: readonly ClaimRow[]): string {
  if (rows.length === 0) return NO_CLAIMS;
  return `${rows.map(claimLine).join('\n')}\n`;
}

/** What the text output says when there are no claims. */
export const NO_CLAIMS = 'No claims.\n';

/**
 * One claim's line of the text output (without its newline): a claim a new version of its draft
 * changed says it needs a re-check (its verdict went back to unchecked), as the app's table does.
 */
export function claimLine(
  row: Pick<
    ClaimRow,
    'id' | 'contested' | 'status' | 'kind' | 'score' | 'quote' | 'citations' | 'needsRecheck'
  >,
): string {
  const marks = [
    row.citations.length > 0 ? `[${row.citations.length} cited]` : '',
    row.needsRecheck ? '[needs re-check]' : '',
  ].filter((mark) => mark !== '');
  return [
    row.id.padEnd(14),
    (row.contested?.some((value) => 'status' in value) ? 'contested' : row.status).padEnd(10),
    row.kind.padEnd(12),
    row.score.toFixed(2),
    ` ${oneLine(row.quote, 100)}`,
    ...marks.map((mark) => ` ${mark}`),
  ].join(' ');
}

/** Collapses whitespace and cuts a string to `max` characters with an ellipsis. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
