import { copyJson } from './copy-json';
import type { Claim, FactdeskDocument } from '../domain';
import { shapeKeys, type ClaimShape, type DeskOp } from './entry';

/*
 * The operations that turn one state of a claim (or a document's claims) into another, for a
 * change made by this replica's write path. Applied by the fold on top of what the writer saw,
 * they give the state the write path made (fold-document.ts); applied beside other checkers'
 * concurrent operations, they merge with them.
 */

/** History lines the fold writes itself from the operations (the others are logged as they are). */
const derivedActions = new Set(['status', 'note', 'assign', 'cite', 'uncite']);

/** The operations that take a claim from `before` to `after` (undefined: the claim does not exist). */
export function opsForClaim(before: Claim | undefined, after: Claim | undefined): DeskOp[] {
  if (!after) return before ? [{ op: 'remove', claim: before.id }] : [];
  if (!before) return [{ op: 'add', claim: copyJson(after) }];
  const claim = after.id;
  const ops: DeskOp[] = [];
  const contestedBefore = (field: 'status' | 'note') =>
    (before.contested ?? []).some((value) => field in value);
  const contestedAfter = (field: 'status' | 'note') =>
    (after.contested ?? []).some((value) => field in value);
  // Settling a contest writes a value even when it equals the one shown while it was contested.
  if (before.status !== after.status || (contestedBefore('status') && !contestedAfter('status'))) {
    ops.push({ op: 'status', claim, status: after.status });
  }
  if (before.note !== after.note || (contestedBefore('note') && !contestedAfter('note'))) {
    ops.push({ op: 'note', claim, note: after.note });
  }
  if ((before.assignee ?? '') !== (after.assignee ?? '')) {
    ops.push({ op: 'assign', claim, assignee: after.assignee ?? '' });
  }
  if (before.text !== after.text) ops.push({ op: 'statement', claim, text: after.text });
  if (!sameJson(shapeOf(before), shapeOf(after))) ops.push({ op: 'shape', claim, shape: shapeOf(after) });
  const earlier = new Map(before.citations.map((citation) => [citation.id, citation]));
  const later = new Set(after.citations.map((citation) => citation.id));
  for (const citation of before.citations) {
    if (!later.has(citation.id)) ops.push({ op: 'uncite', claim, citation: citation.id });
  }
  for (const citation of after.citations) {
    const old = earlier.get(citation.id);
    if (!old || !sameJson(old, citation)) ops.push({ op: 'cite', claim, citation: copyJson(citation) });
  }
  if (!before.approval && after.approval) ops.push({ op: 'approve', claim });
  if (before.approval && !after.approval && !voidsApproval(ops)) ops.push({ op: 'unapprove', claim });
  const ticked = new Set(before.ticks ?? []);
  const ticks = new Set(after.ticks ?? []);
  for (const item of ticked) if (!ticks.has(item)) ops.push({ op: 'tick', claim, item, done: false });
  for (const item of ticks) if (!ticked.has(item)) ops.push({ op: 'tick', claim, item, done: true });
  for (const line of after.history.slice(before.history.length)) {
    if (derivedActions.has(line.action)) continue;
    ops.push({ op: 'history', claim, action: line.action, from: line.from, to: line.to });
  }
  return ops;
}

/** The draft's own fields the desk shares (each last-writer-wins); absent ones were not touched. */
export const draftFields = [
  'title',
  'documentDate',
  'documentDateSource',
  'language',
  'languageChosen',
] as const;

/** The parts of a document a change can touch: its claims, and any of its own fields it reached. */
export type ClaimsState = Pick<FactdeskDocument, 'claims' | 'dismissed' | 'boilerplate'> &
  Partial<Pick<FactdeskDocument, (typeof draftFields)[number]>>;

/** The operations that take a document's claims from `before` to `after`. */
export function opsForDocument(before: ClaimsState, after: ClaimsState): DeskOp[] {
  const earlier = new Map(before.claims.map((claim) => [claim.id, claim]));
  const ops: DeskOp[] = [];
  for (const claim of after.claims) {
    const old = earlier.get(claim.id);
    earlier.delete(claim.id);
    if (old !== claim) ops.push(...opsForClaim(old, claim));
  }
  for (const claim of earlier.values()) ops.push(...opsForClaim(claim, undefined));
  const dismissed = new Set(before.dismissed);
  for (const quote of after.dismissed) if (!dismissed.has(quote)) ops.push({ op: 'dismiss', quote });
  if (!sameJson(before.boilerplate, after.boilerplate)) {
    ops.push({ op: 'boilerplate', spans: copyJson(after.boilerplate) });
  }
  if (after.title !== undefined && before.title !== after.title)
    ops.push({ op: 'title', title: after.title });
  if (before.documentDate !== after.documentDate || before.documentDateSource !== after.documentDateSource) {
    ops.push({ op: 'date', date: after.documentDate, source: after.documentDateSource });
  }
  if (before.language !== after.language || before.languageChosen !== after.languageChosen) {
    ops.push({ op: 'language', language: after.language, chosen: after.languageChosen });
  }
  return ops;
}

/** The shape fields of a claim (where it sits and what the finder read), absent ones left out. */
export function shapeOf(claim: Claim): ClaimShape {
  const shape: Record<string, unknown> = {};
  for (const key of shapeKeys) if (claim[key] !== undefined) shape[key] = copyJson(claim[key]);
  return shape as ClaimShape;
}

/** A change of the verdict, note, statement, shape or citations takes a sign-off back by itself. */
function voidsApproval(ops: readonly DeskOp[]): boolean {
  return ops.some((op) => ['status', 'note', 'statement', 'shape', 'cite', 'uncite'].includes(op.op));
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
