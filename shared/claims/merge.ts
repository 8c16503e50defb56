import type { ClaimValues } from '../domain/claim';
import type { Candidate } from './types';

/** Copies values the kept candidate lacks from the one merged into it. */
function absorb(into: Candidate, from: Candidate): void {
  // A bare number inside a date is the date's own day or year ("2023-05-10"), not a figure of its own;
  // a counted one is its duration ("for ten days, from February 10 to 20") and is kept.
  const ownNumber = into.kind === 'date' && from.kind === 'quantity' && from.values.unit === undefined;
  const values: ClaimValues = ownNumber ? into.values : { ...from.values, ...into.values };
  into.values = values;
  into.prior = Math.max(into.prior, from.prior);
  if (from.warnings) into.warnings = [...(into.warnings ?? []), ...from.warnings];
}

/**
 * Merges the candidates of one sentence so the checker sees one claim per checkable fact: a candidate
 * inside another is folded into it (a figure inside a superlative, a bare number inside a date range),
 * except inside a quotation, which keeps its own figures, dates and superlatives; partly overlapping
 * candidates become one span. Returns the kept candidates in text order.
 */
export function mergeCandidates(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let dropped = false;
    for (const k of kept) {
      if (k.end <= c.start || c.end <= k.start) continue; // no overlap
      const inside = k.start <= c.start && c.end <= k.end;
      if (k.container && c.kind !== 'quote') continue; // figures inside a quote stay claims
      if (c.container && k.kind !== 'quote') continue;
      if (inside) {
        absorb(k, c);
        dropped = true;
        break;
      }
      // Partial overlap: one span covering both, the longer candidate's kind.
      k.start = Math.min(k.start, c.start);
      k.end = Math.max(k.end, c.end);
      absorb(k, c);
      dropped = true;
      break;
    }
    if (!dropped) kept.push({ ...c, values: { ...c.values } });
  }
  return kept.sort((a, b) => a.start - b.start);
}
