import { countedStatus, needsRecheckFor } from '../../shared/domain/claim-standing';
import { memo } from 'react';
import type { RefObject } from 'react';
import { useClaim } from '../claims/use-claims';
import { resolvedDate } from '../lib/resolved-date';
import { STATUS_META, kindLabel } from '../lib/status';
import type { Segment } from './segments';

interface DraftTextProps {
  readonly articleRef: RefObject<HTMLElement | null>;
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly selectedId: string | null;
  readonly onSelect: (claimId: string) => void;
}

/** Which claim a click on a run selects: the shortest, or the next one over it when one is selected. */
function claimToSelect(segment: Segment, selectedId: string | null): string | undefined {
  const ids = segment.claims.map((claim) => claim.id);
  const at = selectedId === null ? -1 : ids.indexOf(selectedId);
  return at === -1 ? ids[0] : ids[(at + 1) % ids.length];
}

interface DraftMarkProps {
  readonly segment: Segment;
  readonly slice: string;
  /** The claim the run shows: the selected one when it covers the run, else the shortest. */
  readonly primaryId: string;
  readonly selected: boolean;
  readonly onClick: (segment: Segment) => void;
}

/** A run covered by claims, coloured by its primary claim's status (read from the store, so a mark re-colours this run alone). */
const DraftMark = memo(function DraftMark({ segment, slice, primaryId, selected, onClick }: DraftMarkProps) {
  const primary = useClaim(primaryId);
  // A claim a new version changed shows as unchecked: its verdict was given to other words.
  const status = primary ? countedStatus(primary) : 'unchecked';
  const recheck = primary ? needsRecheckFor(primary) : null;
  const ends = primary !== undefined && primary.end === segment.end;
  const classes = ['claim-mark', `status-${status}`];
  if (selected) classes.push('is-selected');
  if (ends) classes.push('is-end');
  if (segment.claims.length > 1) classes.push('is-nested');
  const warnings = ends ? (primary?.warnings ?? []) : [];
  if (warnings.length > 0) classes.push('has-warning');
  const date = primary && resolvedDate(primary.values);
  const label = primary
    ? `${recheck ? `Needs re-check (was ${STATUS_META[primary.status].label})` : STATUS_META[status].label} · ${kindLabel(primary.kind)}${date ? ` · ${date === 'not resolved' ? 'date not resolved' : date}` : ''}`
    : undefined;
  return (
    <mark
      className={classes.join(' ')}
      data-claims={segment.claims.map((claim) => claim.id).join(' ')}
      data-start={segment.start}
      title={warnings.length > 0 ? `${label}\n⚠ ${warnings.join('\n⚠ ')}` : label}
      onClick={() => onClick(segment)}
    >
      {slice}
    </mark>
  );
});

/** The text runs of a draft: plain, dimmed boilerplate, or claim highlights (status by class). */
export const DraftText = memo(function DraftText({
  articleRef,
  text,
  segments,
  selectedId,
  onSelect,
}: DraftTextProps) {
  const onClick = (segment: Segment) => {
    const id = claimToSelect(segment, selectedId);
    if (id) onSelect(id);
  };
  return (
    <article className="draft-text" ref={articleRef}>
      {segments.map((segment) => {
        const slice = text.slice(segment.start, segment.end);
        if (segment.claims.length === 0) {
          return segment.boilerplate ? (
            <span key={segment.start} className="draft-boilerplate" data-start={segment.start}>
              {slice}
            </span>
          ) : (
            <span key={segment.start} data-start={segment.start}>
              {slice}
            </span>
          );
        }
        const selected = selectedId !== null && segment.claims.some((claim) => claim.id === selectedId);
        return (
          <DraftMark
            key={segment.start}
            segment={segment}
            slice={slice}
            primaryId={selected ? selectedId : segment.claims[0]!.id}
            selected={selected}
            onClick={onClick}
          />
        );
      })}
    </article>
  );
});
