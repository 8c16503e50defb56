import type { Span } from '../../shared/domain/document';

/** The part of a claim the draft view needs. */
export interface SpanClaim {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** A run of the document's text with the same claims over it. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Claims covering the whole run, shortest first. */
  readonly claims: readonly SpanClaim[];
  readonly boilerplate: boolean;
}

/**
 * Cuts `text` into runs at every claim and boilerplate edge, so that each run lies wholly inside or
 * outside each claim. Overlapping and nested claims are kept; spans are clamped to the text.
 */
export function segmentText(
  text: string,
  claims: readonly SpanClaim[],
  boilerplate: readonly Span[],
): Segment[] {
  const length = text.length;
  const clamp = (offset: number) => Math.max(0, Math.min(length, offset));
  const valid = claims
    .map((claim) => ({ id: claim.id, start: clamp(claim.start), end: clamp(claim.end) }))
    .filter((claim) => claim.end > claim.start);
  const dim = boilerplate
    .map((span) => ({ start: clamp(span.start), end: clamp(span.end) }))
    .filter((span) => span.end > span.start);

  const edges = new Set<number>([0, length]);
  for (const span of [...valid, ...dim]) {
    edges.add(span.start);
    edges.add(span.end);
  }
  const cuts = [...edges].sort((a, b) => a - b);

  const byStart = valid.slice().sort((a, b) => a.start - b.start);
  const dimByStart = dim.slice().sort((a, b) => a.start - b.start);
  let nextClaim = 0;
  let nextDim = 0;
  let active: SpanClaim[] = [];
  let activeDim: { start: number; end: number }[] = [];
  const segments: Segment[] = [];

  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    active = active.filter((claim) => claim.end > start);
    activeDim = activeDim.filter((span) => span.end > start);
    while (nextClaim < byStart.length && byStart[nextClaim]!.start <= start)
      active.push(byStart[nextClaim++]!);
    while (nextDim < dimByStart.length && dimByStart[nextDim]!.start <= start)
      activeDim.push(dimByStart[nextDim++]!);
    const covering = active.filter((claim) => claim.end > start);
    covering.sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, claims: covering, boilerplate: activeDim.some((span) => span.end > start) });
  }
  return mergeRuns(segments);
}

/** Joins neighbouring runs that are the same (no claims, same dimming), to keep the DOM small. */
function mergeRuns(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.claims.length === 0 &&
      segment.claims.length === 0 &&
      last.boilerplate === segment.boilerplate
    ) {
      merged[merged.length - 1] = { ...last, end: segment.end };
    } else {
      merged.push(segment);
    }
  }
  return merged;
}
