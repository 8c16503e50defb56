import { createColumnHelper } from '@tanstack/react-table';
import type { SortingFn } from '@tanstack/react-table';
import type { ClaimRow } from '../../shared/ipc/views';
import { formatDateTime, formatScore, formatShort } from '../lib/format';
import { evidenceGap } from '../lib/quality';
import { RevisionCue } from '../revisions/revision-flag';
import { STATUS_RANK, kindLabel } from '../lib/status';
import { StatusBadge } from '../workbench/status-badge';

const byStatus: SortingFn<ClaimRow> = (a, b) =>
  STATUS_RANK[a.original.status] - STATUS_RANK[b.original.status];
const byDocumentOrder: SortingFn<ClaimRow> = (a, b) =>
  a.original.documentTitle.localeCompare(b.original.documentTitle) || a.original.start - b.original.start;

const column = createColumnHelper<ClaimRow>();

/**
 * The claim with its cues: the quoted span first (several claims often share one sentence), then the
 * sentence for context, then a verdict lacking evidence and consistency warnings.
 */
function ClaimCell({ claim }: { readonly claim: ClaimRow }) {
  const gap = evidenceGap(claim);
  const warnings = claim.warnings?.length ?? 0;
  return (
    <span className="claim-cell">
      <span className="claim-text">
        {claim.quote !== claim.text && <span className="claim-quote">{claim.quote}</span>}
        {claim.quote !== claim.text && <span className="claim-context"> · {claim.text}</span>}
        {claim.quote === claim.text && claim.text}
      </span>
      <RevisionCue claim={claim} />
      {gap && (
        <span className="cue cue-evidence" title={gap}>
          <span aria-hidden="true">⚑</span> Needs evidence
        </span>
      )}
      {warnings > 0 && (
        <span className="cue cue-warning" title={claim.warnings!.join('\n')}>
          <span aria-hidden="true">⚠</span>
          <span className="visually-hidden">{warnings === 1 ? '1 warning' : `${warnings} warnings`}</span>
        </span>
      )}
    </span>
  );
}

/** Column id → the name the Columns menu and headers show. */
export const COLUMN_NAMES: Readonly<Record<string, string>> = {
  text: 'Claim',
  kind: 'Kind',
  status: 'Status',
  score: 'Score',
  document: 'Document',
  citations: 'Citations',
  assignee: 'Assignee',
  updatedAt: 'Last change',
};

/**
 * The claims table's columns: claim, kind, status, check-worthiness, document, citations, assignee,
 * last change. Defined once, at module level, so TanStack never rebuilds its column model.
 */
export const claimColumns = [
  column.accessor('text', {
    id: 'text',
    header: 'Claim',
    sortingFn: 'text',
    enableHiding: false,
    cell: (info) => <ClaimCell claim={info.row.original} />,
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
    cell: (info) => <span className="doc-name">{info.row.original.documentTitle}</span>,
  }),
  column.accessor((claim) => claim.citations.length, {
    id: 'citations',
    header: 'Citations',
    sortDescFirst: true,
    cell: (info) => info.getValue(),
  }),
  column.accessor((claim) => claim.assignee ?? '', {
    id: 'assignee',
    header: 'Assignee',
    cell: (info) => <span className="assignee-name">{info.getValue()}</span>,
  }),
  column.accessor('updatedAt', {
    id: 'updatedAt',
    header: 'Last change',
    sortDescFirst: true,
    cell: (info) => (
      <time dateTime={info.row.original.updatedAt} title={formatDateTime(info.row.original.updatedAt)}>
        {formatShort(info.row.original.updatedAt)}
      </time>
    ),
  }),
];

/** Every column id, in the default order. */
export const COLUMN_IDS: readonly string[] = claimColumns.map((c) => c.id!);
