/**
 * Whether a claim states what an earlier checked claim stated. The rules, in order (docs/checked-before.md):
 * values decide first and can only refuse — different figures, different dates, different speakers, a
 * figure on one side only, opposite words ("rose"/"fell") or a negation on one side only are never the
 * same claim however many words they share — then the words the two share, weighted by how rare each
 * is across the desk's checked claims, must be enough for the kind of agreement the values gave.
 */
import type { ClaimFacts, DateSpan, Figure } from './claim-facts';
import { valueKey } from './claim-facts';
import { OPPOSITES } from './terms';

/** Why two claims match, for the checker to see. */
export type MatchBasis = 'figure' | 'date' | 'quote' | 'words';

export interface MatchVerdict {
  readonly basis: MatchBasis;
  /** How alike the two are, in [0, 1]. */
  readonly score: number;
}

/** The thresholds of the rules; the labelled pairs test measures them (core/seen/matching.test.ts). */
export const THRESHOLDS = {
  /** Same figures: how much of each claim's words (besides units) the other says, at least. */
  figure: { coverage: 0.3 },
  /** Same dates, no figure: the same. */
  date: { coverage: 0.3 },
  /** The quoted words' overlap (Jaccard): with both speakers named and the same, and otherwise. */
  quote: { overlap: 0.5, unattributed: 0.7 },
  /** No values at all: the statements must say almost the same thing. */
  words: { similarity: 0.75, shared: 3 },
} as const;

/** How rare a term is across the index: higher is rarer. */
export type TermWeight = (term: string) => number;

/** Matches `query` against `candidate`, or says no (undefined). */
export function matchClaims(
  query: ClaimFacts,
  candidate: ClaimFacts,
  weight: TermWeight,
): MatchVerdict | undefined {
  const figure = figuresAgree(query.figures, candidate.figures);
  if (figure === false) return undefined;
  const date = datesAgree(query.dates, candidate.dates);
  if (date === false) return undefined;
  if (query.speaker && candidate.speaker && query.speaker !== candidate.speaker) return undefined;
  if (query.negated !== candidate.negated || opposed(query.terms, candidate.terms)) return undefined;

  if (query.quoted.length > 0 && candidate.quoted.length > 0) {
    const quoted = jaccard(query.quoted, candidate.quoted);
    const attributed = query.speaker !== undefined && candidate.speaker !== undefined;
    const needed = attributed ? THRESHOLDS.quote.overlap : THRESHOLDS.quote.unattributed;
    return quoted >= needed ? { basis: 'quote', score: Math.min(1, 0.5 + quoted / 2) } : undefined;
  }
  if (query.quoted.length > 0 !== candidate.quoted.length > 0 && !figure) return undefined;
  const { similarity, shared } = overlap(query, candidate, weight);
  if (figure) {
    const ok =
      coverage(query, candidate, weight) >= THRESHOLDS.figure.coverage && sameSubject(query, candidate);
    return ok ? { basis: 'figure', score: Math.min(1, 0.4 + similarity) } : undefined;
  }
  // A date on one side only: "the summit took place in Madrid" is not "… on 12 March".
  if (date === undefined && (query.dates.length > 0 || candidate.dates.length > 0)) return undefined;
  if (date) {
    const ok =
      coverage(query, candidate, weight) >= THRESHOLDS.date.coverage && sameSubject(query, candidate);
    return ok ? { basis: 'date', score: Math.min(1, 0.3 + similarity) } : undefined;
  }
  const { similarity: need, shared: atLeast } = THRESHOLDS.words;
  return similarity >= need && shared >= atLeast ? { basis: 'words', score: similarity } : undefined;
}

/**
 * true: the figures of the claim stating fewer are all figures of the other (same value or range, same
 * unit or one side without a unit); false: one is not, or only one claim states figures; undefined:
 * neither states any.
 */
function figuresAgree(a: readonly Figure[], b: readonly Figure[]): boolean | undefined {
  if (a.length === 0 && b.length === 0) return undefined;
  if (a.length === 0 || b.length === 0) return false;
  const [fewer, more] = a.length <= b.length ? [a, b] : [b, a];
  return fewer.every((x) => more.some((y) => valueKey(x) === valueKey(y) && unitsAgree(x.unit, y.unit)));
}

function unitsAgree(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((word) => b.includes(word));
}

/** Like figuresAgree, for dates: the same first and last day. */
function datesAgree(a: readonly DateSpan[], b: readonly DateSpan[]): boolean | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  const [fewer, more] = a.length <= b.length ? [a, b] : [b, a];
  return fewer.every((x) => more.some((y) => x.start === y.start && x.end === y.end));
}

/** One claim says "rose" where the other says "fell" (or another pair of opposites). */
function opposed(a: readonly string[], b: readonly string[]): boolean {
  const inA = new Set(a);
  const inB = new Set(b);
  return OPPOSITES.some(
    ([x, y]) => (inA.has(x) && inB.has(y) && !inA.has(y)) || (inA.has(y) && inB.has(x) && !inA.has(x)),
  );
}

/**
 * What a figure or a date is about, roughly: the first word of either claim (besides units) is a word
 * of the other. "The bridge cost $2.1 billion" is not "the tunnel cost $2.1 billion"; "Russia has
 * massed 100,000 soldiers" and "100,000 Russian troops are massed" agree ("russia", "russian").
 */
function sameSubject(a: ClaimFacts, b: ClaimFacts): boolean {
  const first = (f: ClaimFacts) => f.terms.find((term) => !f.unitTerms.has(term));
  const said = (term: string | undefined, f: ClaimFacts) =>
    term === undefined || f.terms.some((other) => akin(term, other));
  return said(first(a), b) || said(first(b), a);
}

/** The same word, or one a short ending longer: "russia" and "russian", "ukraine" and "ukrainian". */
function akin(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 5 && Math.max(a.length, b.length) - common <= 3;
}

/**
 * How much of each claim the other says: the weight of the shared terms (besides units) over the
 * weight of the claim's own terms, the smaller of the two. "The bridge cost $2.1 billion" and "the
 * tunnel cost $2.1 billion" each say two thirds of the other.
 */
function coverage(a: ClaimFacts, b: ClaimFacts, weight: TermWeight): number {
  return Math.min(coveredBy(a, b, weight), coveredBy(b, a, weight));
}

function coveredBy(a: ClaimFacts, b: ClaimFacts, weight: TermWeight): number {
  const inB = new Set(b.terms);
  let own = 0;
  let shared = 0;
  for (const term of a.terms) {
    if (a.unitTerms.has(term)) continue;
    const w = weight(term);
    own += w;
    if (inB.has(term)) shared += w;
  }
  return own === 0 ? 1 : shared / own;
}

/**
 * The weighted Dice similarity of the two claims' terms (each term weighs its rarity), and how many
 * terms they share besides the units of their figures.
 */
function overlap(a: ClaimFacts, b: ClaimFacts, weight: TermWeight): { similarity: number; shared: number } {
  const inB = new Set(b.terms);
  let both = 0;
  let total = 0;
  let shared = 0;
  for (const term of a.terms) {
    const w = weight(term);
    total += w;
    if (inB.has(term)) {
      both += w;
      if (!a.unitTerms.has(term) && !b.unitTerms.has(term)) shared++;
    }
  }
  for (const term of b.terms) total += weight(term);
  return { similarity: total > 0 ? (2 * both) / total : 0, shared };
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const setB = new Set(b);
  const inter = a.filter((t) => setB.has(t)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : inter / union;
}
