import { createColumnHelper } from '@tanstack/react-table';
import type { FilterFn, Row, SortingFn } from '@tanstack/react-table';
import type { ClaimRow } from '../../shared/ipc/views';
import { formatScore } from '../lib/format';
import { STATUS_RANK, kindLabel } from '../lib/status';
import { StatusBadge } from '../workbench/status-badge';

const haystacks = new WeakMap<ClaimRow, string>();

/** What "Filter claims" searches: the claim's text, its sentence and its document's title, lowercased. */
function haystackOf(claim: ClaimRow): string {
  let text = haystacks.get(claim);
  if (text === undefined) {
    text = `${claim.text}\n${claim.sentence}\n${claim.documentTitle}`.toLowerCase();
    haystacks.set(claim, text);
  }
  return text;
}

/** Every word of the query (already lowercased, split) appears somewhere in the claim. */
export const matchesQuery: FilterFn<ClaimRow> = (row: Row<ClaimRow>, _columnId, words: readonly string[]) => {
  const text = haystackOf(row.original);
  return words.every((word) => text.includes(word));
};

const byStatus: SortingFn<ClaimRow> = (a, b) =>
  STATUS_RANK[a.original.status] - STATUS_RANK[b.original.status];
const byDocumentOrder: SortingFn<ClaimRow> = (a, b) =>
  a.original.documentTitle.localeCompare(b.original.documentTitle) || a.original.start - b.original.start;

const column = createColumnHelper<ClaimRow>();

/** The claims table's columns: text, kind, status, check-worthiness, document, citations. */
export const claimColumns = [
  column.accessor('text', {
    id: 'text',
    header: 'Claim',
    sortingFn: 'text',
    cell: (info) => <span className="claim-text">{info.row.original.text}</span>,
  }),
  column.accessor('kind', {
    id: 'kind',
    header: 'Kind',
    cell: (info) => kindLabel(info.row.original.kind),
  }),
  column.accessor('status', {
    id: 'status',
    header: 'Status',
    sortingFn: byStatus,
    filterFn: 'equalsString',
    cell: (info) => <StatusBadge status={info.row.original.status} />,
  }),
  column.accessor('score', {
    id: 'score',
    header: 'Score',
    sortDescFirst: true,
    cell: (info) => (
      <span className="score">
        <span className="score-bar" aria-hidden="true">
          <span className="score-fill" style={{ width: `${Math.round(info.row.original.score * 100)}%` }} />
        </span>
        {formatScore(info.row.original.score)}
      </span>
    ),
  }),
  column.accessor('documentTitle', {
    id: 'document',
    header: 'Document',
    sortingFn: byDocumentOrder,
    filterFn: (row, _columnId, documentId: string) => row.original.documentId === documentId,
    cell: (info) => <span className="doc-name">{info.row.original.documentTitle}</span>,
  }),
  column.accessor((claim) => claim.citations.length, {
    id: 'citations',
    header: 'Citations',
    sortDescFirst: true,
    cell: (info) => info.getValue(),
  }),
];
