import { memo } from 'react';
import type { RefObject } from 'react';
import type { ClaimRow } from '../../shared/ipc/views';
import { STATUS_META, kindLabel } from '../lib/status';
import type { Segment } from './segments';

interface DraftTextProps {
  readonly articleRef: RefObject<HTMLElement | null>;
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly claimsById: ReadonlyMap<string, ClaimRow>;
  readonly selectedId: string | null;
  readonly onSelect: (claimId: string) => void;
}

/** Which claim a click on a run selects: the shortest, or the next one over it when one is selected. */
function claimToSelect(segment: Segment, selectedId: string | null): string | undefined {
  const ids = segment.claims.map((claim) => claim.id);
  const at = selectedId === null ? -1 : ids.indexOf(selectedId);
  return at === -1 ? ids[0] : ids[(at + 1) % ids.length];
}

/** The text runs of a draft: plain, dimmed boilerplate, or claim highlights (status by class). */
export const DraftText = memo(function DraftText({
  articleRef,
  text,
  segments,
  claimsById,
  selectedId,
  onSelect,
}: DraftTextProps) {
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
        const covers = segment.claims.map((claim) => claim.id);
        const selected = selectedId !== null && covers.includes(selectedId);
        const primaryId = selected ? selectedId : covers[0]!;
        const primary = claimsById.get(primaryId);
        const status = primary?.status ?? 'unchecked';
        const ends = primary !== undefined && primary.end === segment.end;
        const classes = ['claim-mark', `status-${status}`];
        if (selected) classes.push('is-selected');
        if (ends) classes.push('is-end');
        if (covers.length > 1) classes.push('is-nested');
        const warnings = ends ? (primary?.warnings ?? []) : [];
        if (warnings.length > 0) classes.push('has-warning');
        const label = primary ? `${STATUS_META[status].label} · ${kindLabel(primary.kind)}` : undefined;
        return (
          <mark
            key={segment.start}
            className={classes.join(' ')}
            data-claims={covers.join(' ')}
            data-start={segment.start}
            title={warnings.length > 0 ? `${label}\n⚠ ${warnings.join('\n⚠ ')}` : label}
            onClick={() => {
              const id = claimToSelect(segment, selectedId);
              if (id) onSelect(id);
            }}
          >
            {slice}
          </mark>
        );
      })}
    </article>
  );
});
