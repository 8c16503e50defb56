import { createColumnHelper } from '@tanstack/react-table';
import type { CSSProperties, ReactNode } from 'react';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { formatDateTime, formatScore, formatShort, languageName } from '../lib/format';
import { evidenceGap } from '../../shared/domain/evidence';
import { resolvedDateLine } from '../lib/resolved-date';
import { RevisionCue } from '../revisions/revision-flag';
import { kindLabel } from '../lib/status';
import { StatusCell } from '../desk/status-cell';
import { ChecklistProgressCue } from '../checklists/claim-checklist';
import { WorthCheckingCue } from './worth-checking-cue';

const column = createColumnHelper<ClaimListRow>();

/**
 * The claim with its cues: the quoted span first (several claims often share one sentence), then the
 * sentence for context, then a verdict lacking evidence and consistency warnings.
 */
function ClaimCell({ claim }: { readonly claim: ClaimListRow }) {
  const gap = evidenceGap(claim);
  const warnings = claim.warnings?.length ?? 0;
  const date = resolvedDateLine(claim.values);
  return (
    <span className="claim-cell">
      <span className="claim-text" title={date ? `${claim.text}\n${date}` : claim.text}>
        {claim.quote !== claim.text && <span className="claim-quote">{claim.quote}</span>}
        {claim.quote !== claim.text && <span className="claim-context"> · {claim.text}</span>}
        {claim.quote === claim.text && claim.text}
      </span>
      <WorthCheckingCue score={claim.score} />
      <RevisionCue claim={claim} />
      {gap && (
        <span className="cue cue-evidence" title={`Needs evidence: ${gap.toLowerCase()}`}>
          <span aria-hidden="true">⚑</span>
          <span className="visually-hidden">Needs evidence</span>
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
 * What each column's cell shows for a claim. The row renders cells from the claim it reads through the
 * claim overlay (a mark shows before the store takes it in), so cells take the claim, not a TanStack cell.
 */
export const CLAIM_CELLS: Readonly<Record<string, (claim: ClaimListRow) => ReactNode>> = {
  text: (claim) => <ClaimCell claim={claim} />,
  kind: (claim) => kindLabel(claim.kind),
  status: (claim) => (
    <span className="status-with-checklist">
      <StatusCell claim={claim} />
      <ChecklistProgressCue claim={claim} />
    </span>
  ),
  score: (claim) => (
    // The bar is the span's ::before, filled to --score-fill (table.css).
    <span
      className="score"
      style={{ '--score-fill': `${Math.round(claim.score * 28)}px` } as CSSProperties}
      title={
        claim.language && claim.language !== 'en'
          ? `${languageName(claim.language)}: scored on figures, dates, quotes and comparisons (the model reads English only)`
          : undefined
      }
    >
      {formatScore(claim.score)}
    </span>
  ),
  document: (claim) => claim.documentTitle,
  citations: (claim) => claim.citationCount,
  assignee: (claim) => claim.assignee ?? '',
  updatedAt: (claim) => (
    <time dateTime={claim.updatedAt} title={formatDateTime(claim.updatedAt)}>
      {formatShort(claim.updatedAt)}
    </time>
  ),
};

/**
 * The claims table's columns: claim, kind, status, check-worthiness, document, citations, assignee,
 * last change. TanStack keeps their order, visibility, widths and sort state; what a column sorts by is
 * in claim-sorting.ts and what its cell shows in CLAIM_CELLS. The Claim column takes the width the
 * others leave (it has no width of its own and is not resized); the others start at `size` pixels.
 * Defined once, at module level, so TanStack never rebuilds its column model.
 */
export const claimColumns = [
  column.accessor('text', { id: 'text', header: 'Claim', enableHiding: false, enableResizing: false }),
  column.accessor('kind', { id: 'kind', header: 'Kind', size: 104, minSize: 64 }),
  column.accessor('status', { id: 'status', header: 'Status', size: 132, minSize: 64 }),
  column.accessor('score', { id: 'score', header: 'Score', size: 72, minSize: 56, sortDescFirst: true }),
  column.accessor('documentTitle', { id: 'document', header: 'Document', size: 128, minSize: 72 }),
  column.accessor((claim) => claim.citationCount, {
    id: 'citations',
    header: 'Citations',
    size: 92,
    minSize: 64,
    sortDescFirst: true,
  }),
  column.accessor((claim) => claim.assignee ?? '', {
    id: 'assignee',
    header: 'Assignee',
    size: 104,
    minSize: 64,
  }),
  column.accessor('updatedAt', {
    id: 'updatedAt',
    header: 'Last change',
    size: 136,
    minSize: 80,
    sortDescFirst: true,
  }),
];

/** Every column id, in the default order. */
export const COLUMN_IDS: readonly string[] = claimColumns.map((c) => c.id!);
