import type { Citation, Claim, ClaimStatus } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import { now } from '../project/ids';

/** Each function changes one claim in place and records who changed what in its history. */

export function setStatus(claim: Claim, status: ClaimStatus, by: string): void {
  // A verdict given after a new version of the draft settles its recheck, even the same verdict;
  // one given by someone who sees competing verdicts settles the contest, even the value shown.
  delete claim.needsRecheck;
  const settled = settle(claim, 'status');
  if (claim.status === status && !settled) return;
  claim.history.push({ at: now(), by, action: 'status', from: claim.status, to: status });
  claim.status = status;
  delete claim.approval;
}

export function setNote(claim: Claim, note: string, by: string): void {
  const settled = settle(claim, 'note');
  if (claim.note === note && !settled) return;
  claim.history.push({ at: now(), by, action: 'note', from: claim.note, to: note });
  claim.note = note;
  delete claim.approval;
}

/** Drops the competing values of a field; true when there were some. */
function settle(claim: Claim, field: 'status' | 'note'): boolean {
  const competing = claim.contested ?? [];
  const kept = competing.filter((value) => !(field in value));
  if (kept.length === competing.length) return false;
  if (kept.length > 0) claim.contested = kept;
  else delete claim.contested;
  return true;
}

/**
 * The claim as the checker checked it, in their words: its statement in the table, the reports and
 * ClaimReview. Line breaks and runs of spaces become one space.
 */
export function setStatement(claim: Claim, text: string, by: string): void {
  const next = text.replace(/\s+/g, ' ').trim();
  if (!next) throw new UserError('A claim needs a statement: write the claim as you checked it.', 'refused');
  if (claim.text === next) return;
  claim.history.push({ at: now(), by, action: 'restated', from: claim.text, to: next });
  claim.text = next;
}

export function setAssignee(claim: Claim, assignee: string, by: string): void {
  const next = assignee.trim() || undefined;
  if (claim.assignee === next) return;
  claim.history.push({ at: now(), by, action: 'assign', from: claim.assignee ?? '', to: next ?? '' });
  claim.assignee = next;
}

export function addCitation(claim: Claim, citation: Citation, by: string): void {
  delete claim.approval;
  claim.citations.push(citation);
  claim.history.push({ at: now(), by, action: 'cite', to: describe(citation) });
}

export function removeCitation(claim: Claim, citationId: string, by: string): void {
  const index = claim.citations.findIndex((citation) => citation.id === citationId);
  const citation = claim.citations[index];
  if (!citation) throw new UserError(`This claim has no citation ${citationId}.`, 'not-found');
  claim.citations.splice(index, 1);
  delete claim.approval;
  claim.history.push({ at: now(), by, action: 'uncite', from: describe(citation) });
}

/**
 * Puts `next` in the place of citation `citationId`, keeping its id and when it was first added;
 * the history says what it was and what it is now.
 */
export function replaceCitation(claim: Claim, citationId: string, next: Citation, by: string): void {
  const index = claim.citations.findIndex((citation) => citation.id === citationId);
  const old = claim.citations[index];
  if (!old) throw new UserError(`This claim has no citation ${citationId}.`, 'not-found');
  const replaced: Citation = { ...next, id: old.id, addedAt: old.addedAt, addedBy: old.addedBy };
  claim.citations[index] = replaced;
  delete claim.approval;
  claim.history.push({ at: now(), by, action: 'uncite', from: describe(old) });
  claim.history.push({ at: now(), by, action: 'cite', to: describe(replaced) });
}

function describe(citation: Citation): string {
  return `${citation.stance}: ${citation.title || citation.url || citation.file?.name || citation.id}`;
}
