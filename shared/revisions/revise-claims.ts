import { defaultStatement, sentenceStatedSpans } from '../claims/statement';
import type { ExtractionResult, FoundClaim } from '../claims/types';
import type { Claim } from '../domain/claim';
import type { Span } from '../domain/document';
import { anchorOf, reanchor, standsAlone, type AnchorState, type Reanchored } from './re-anchor';
import { diffTexts, mapOffset, spanUntouched, type DiffPart } from './text-diff';

/** How many claims ended up in each anchoring state, and how many new ones were suggested. */
export type RevisionCounts = Record<AnchorState | 'added', number>;

/** What revising a document's claims gives: the claims carried over, new suggestions, and counts. */
export interface RevisionOutcome {
  readonly claims: Claim[];
  /** Claims the finder found in the new text that no carried-over claim covers. */
  readonly added: FoundClaim[];
  readonly counts: RevisionCounts;
}

/** Everything one revision needs; `version` is the number the new text becomes. */
export interface RevisionInput {
  readonly oldText: string;
  readonly newText: string;
  readonly claims: readonly Claim[];
  /** The claim finder's result on the new text (dismissed quotes already left out). */
  readonly found: ExtractionResult;
  readonly version: number;
  readonly by: string;
  readonly at: string;
}

/**
 * Carries every claim into a new version of its text: each keeps its id, note, citations and history.
 * Untouched and moved claims keep their verdict; a changed one goes back to unchecked with
 * `needsRecheck` and its previous quote and verdict; one whose text is gone stays, orphaned and flagged.
 */
export function reviseClaims(input: RevisionInput): RevisionOutcome {
  const parts = diffTexts(input.oldText, input.newText);
  const counts: RevisionCounts = { exact: 0, moved: 0, changed: 0, orphaned: 0, added: 0 };
  const taken = new Set<string>();
  const placed = new Map<string, Reanchored>();
  // Untouched claims first, so a moved or changed claim never takes the place of one that stayed.
  const ordered = [...input.claims].sort((a, b) => rank(a, parts) - rank(b, parts));
  for (const claim of ordered) {
    const result = placeClaim(claim, input, parts, taken);
    placed.set(claim.id, result);
    if (result.state !== 'orphaned') taken.add(`${result.start}:${result.end}`);
  }
  const claims = input.claims.map((claim) => {
    const result = placed.get(claim.id)!;
    counts[result.state]++;
    return carryOver(claim, result, input);
  });
  const covered = claims.filter((claim) => claim.anchoring !== 'orphaned');
  const before = new Map(input.claims.map((claim) => [claim.id, claim]));
  const oldSpans = sentenceStatedSpans(input.claims);
  for (const claim of covered)
    if (claim.anchoring === 'changed') refreshFromFinder(claim, input.found.claims);
  const added = input.found.claims.filter(
    (found) => !covered.some((claim) => claim.start < found.end && found.start < claim.end),
  );
  const newSpans = sentenceStatedSpans([...covered, ...added]);
  for (const claim of covered) {
    const restate = statedByDefault(before.get(claim.id)!, input.oldText, oldSpans);
    placeInSentence(claim, input.found.sentences, input.newText, restate ? newSpans : null);
  }
  counts.added = added.length;
  return { claims, added, counts };
}

function rank(claim: Claim, parts: readonly DiffPart[]): number {
  if (claim.anchoring === 'orphaned') return 2;
  return spanUntouched(parts, claim.start, claim.end) ? 0 : 1;
}

function placeClaim(
  claim: Claim,
  input: RevisionInput,
  parts: readonly DiffPart[],
  taken: ReadonlySet<string>,
): Reanchored {
  if (claim.anchoring !== 'orphaned') {
    return reanchor(anchorOf(input.oldText, claim.start, claim.end), input.newText, parts, taken);
  }
  // A claim orphaned before comes back only if its exact quote reappears.
  const at = input.newText.indexOf(claim.quote);
  const end = at + claim.quote.length;
  if (
    claim.quote.trim() &&
    at >= 0 &&
    !taken.has(`${at}:${end}`) &&
    standsAlone(input.newText, at, claim.quote.length)
  ) {
    return { state: 'moved', start: at, end, quote: claim.quote };
  }
  const where = mapOffset(parts, claim.start, 'start').at;
  return { state: 'orphaned', start: where, end: where, quote: claim.quote };
}

function carryOver(claim: Claim, result: Reanchored, input: RevisionInput): Claim {
  const next: Claim = JSON.parse(JSON.stringify(claim)) as Claim; // claims are plain JSON data
  next.start = result.start;
  next.end = result.end;
  next.quote = result.quote;
  next.anchoring = result.state;
  const wasOrphaned = claim.anchoring === 'orphaned';
  if (result.state === 'changed' || (result.state === 'orphaned' && !wasOrphaned)) {
    next.needsRecheck = true;
    next.previous = { version: input.version - 1, quote: claim.quote, status: claim.status };
    // Its verdict was given to words that are no longer there: it is kept as `previous`, not as the
    // verdict, and a sign-off of that verdict goes with it.
    next.status = 'unchecked';
    delete next.approval;
    next.history.push({
      at: input.at,
      by: input.by,
      action: 'revised',
      from: claim.quote,
      to: result.state === 'changed' ? result.quote : '',
    });
    next.updatedAt = input.at;
  }
  if (result.state === 'orphaned') {
    next.sentenceStart = result.start;
    next.sentenceEnd = result.start;
  }
  return next;
}

/** A changed claim takes the finder's reading of its new span (kind, values, score), if it found one. */
function refreshFromFinder(claim: Claim, found: readonly FoundClaim[]): void {
  let best: FoundClaim | null = null;
  let bestOverlap = 0;
  for (const candidate of found) {
    const overlap = Math.min(claim.end, candidate.end) - Math.max(claim.start, candidate.start);
    const bonus = candidate.kind === claim.kind ? 0.5 : 0;
    if (overlap > 0 && overlap + bonus > bestOverlap) {
      best = candidate;
      bestOverlap = overlap + bonus;
    }
  }
  if (!best) return;
  claim.kind = best.kind;
  claim.score = best.score;
  claim.values = best.values;
  claim.warnings = best.warnings;
  if (best.start === claim.start && best.end === claim.end) claim.text = best.text;
}

/** True when a claim's statement is the default one (not reworded by a checker), so it follows the text. */
function statedByDefault(claim: Claim, oldText: string, spans: readonly Span[]): boolean {
  if (claim.sentenceStart === undefined || claim.sentenceEnd === undefined) return false;
  const sentence = { start: claim.sentenceStart, end: claim.sentenceEnd };
  if (claim.text === oldText.slice(sentence.start, sentence.end).trim()) return true;
  return claim.text === defaultStatement(oldText, claim, sentence, spans);
}

/**
 * Points a carried-over claim at the sentence it now sits in. A claim stated by default is stated anew
 * from its new sentence (with `spans`, the claims stated from theirs), and so is a changed claim whose
 * statement no longer holds its quote, so the details never show a sentence as it no longer reads.
 */
function placeInSentence(
  claim: Claim,
  sentences: readonly Span[],
  text: string,
  spans: readonly Span[] | null,
): void {
  const sentence = sentences.find((s) => s.start <= claim.start && claim.start < s.end);
  const start = Math.min(sentence?.start ?? claim.start, claim.start);
  const end = Math.max(sentence?.end ?? claim.end, claim.end);
  claim.sentenceStart = start;
  claim.sentenceEnd = end;
  if (spans || (claim.anchoring === 'changed' && !claim.text.includes(claim.quote))) {
    const others = (spans ?? []).filter((span) => span.start !== claim.start || span.end !== claim.end);
    const stated = defaultStatement(text, claim, { start, end }, others);
    if (stated) claim.text = stated;
  }
}
