import { copy } from './copy';
import { historyText, type Citation, type Claim } from '../domain/claim';
import { verdictOf } from '../domain/claim-standing';
import { UserError } from '../errors';
import type { ApplyContext, ClaimOperation } from './operations';

/**
 * Applies one claim operation to the claim in place and records it in the claim's history.
 * Returns false when the claim was already so (nothing changed, nothing recorded).
 */
export function applyClaimOperation(claim: Claim, op: ClaimOperation, ctx: ApplyContext): boolean {
  const changed = change(claim, op, ctx);
  if (changed) claim.updatedAt = ctx.at;
  return changed;
}

function change(claim: Claim, op: ClaimOperation, ctx: ApplyContext): boolean {
  const { by, at } = ctx;
  switch (op.type) {
    case 'setStatus': {
      // A verdict given after a new version of the draft settles its recheck, even the same verdict;
      // one given by someone who sees competing verdicts (a shared project) settles the contest, even
      // the value shown, and is recorded.
      const rechecked = claim.needsRecheck !== undefined;
      delete claim.needsRecheck;
      const settled = settle(claim, 'status');
      if (claim.status === op.status && !settled) return rechecked;
      claim.history.push({ at, by, action: 'status', from: claim.status, to: op.status });
      claim.status = op.status;
      delete claim.approval;
      return true;
    }
    case 'setNote': {
      const settled = settle(claim, 'note');
      if (claim.note === op.note && !settled) return false;
      delete claim.approval;
      if (ctx.amendNote && !settled && canAmendNote(claim, by)) {
        const last = claim.history.at(-1)!;
        // Typed back to what it was before this edit: the edit leaves no trace.
        if (last.from === op.note) claim.history.pop();
        else Object.assign(last, { at, to: historyText(op.note) });
      } else {
        const from = historyText(claim.note);
        claim.history.push({ at, by, action: 'note', from, to: historyText(op.note) });
      }
      claim.note = op.note;
      return true;
    }
    case 'setAssignee': {
      const next = op.assignee.trim() || undefined;
      if (claim.assignee === next) return false;
      claim.history.push({ at, by, action: 'assign', from: claim.assignee ?? '', to: next ?? '' });
      if (next === undefined) delete claim.assignee;
      else claim.assignee = next;
      return true;
    }
    case 'addCitation':
      if (claim.citations.some((citation) => citation.id === op.citation.id)) {
        throw new UserError(`This claim already has a citation ${op.citation.id}.`, 'refused');
      }
      delete claim.approval;
      claim.citations.push(copy(op.citation));
      claim.history.push({ at, by, action: 'cite', to: describeCitation(op.citation) });
      return true;
    case 'replaceCitation': {
      const index = citationIndex(claim, op.citationId);
      const old = claim.citations[index]!;
      const next: Citation = { ...copy(op.citation), id: old.id, addedAt: old.addedAt, addedBy: old.addedBy };
      claim.citations[index] = next;
      delete claim.approval;
      claim.history.push({ at, by, action: 'uncite', from: describeCitation(old) });
      claim.history.push({ at, by, action: 'cite', to: describeCitation(next) });
      return true;
    }
    case 'removeCitation': {
      const index = citationIndex(claim, op.citationId);
      const [old] = claim.citations.splice(index, 1);
      delete claim.approval;
      claim.history.push({ at, by, action: 'uncite', from: describeCitation(old!) });
      return true;
    }
    case 'setStatement': {
      // The claim as the checker checked it, in their words: line breaks and runs of spaces become one.
      const text = op.text.replace(/\s+/g, ' ').trim();
      if (!text)
        throw new UserError('A claim needs a statement: write the claim as you checked it.', 'refused');
      if (claim.text === text) return false;
      claim.history.push({ at, by, action: 'restated', from: claim.text, to: text });
      claim.text = text;
      delete claim.approval;
      return true;
    }
    case 'approve': {
      assertApprovable(claim, by);
      if (claim.approval) return false;
      claim.approval = { by, at };
      claim.history.push({ at, by, action: 'approved', to: claim.status });
      return true;
    }
    case 'withdrawApproval':
      if (!claim.approval) return false;
      delete claim.approval;
      claim.history.push({ at, by, action: 'unapproved', from: claim.status });
      return true;
    case 'tick': {
      // A tick is a step of the checking, not a change of the verdict: a sign-off stays.
      const ticks = claim.ticks ?? [];
      if (ticks.includes(op.item) === op.done) return false;
      const next = op.done ? [...ticks, op.item] : ticks.filter((id) => id !== op.item);
      if (next.length > 0) claim.ticks = next;
      else delete claim.ticks;
      claim.history.push(
        op.done ? { at, by, action: 'ticked', to: op.label } : { at, by, action: 'unticked', from: op.label },
      );
      return true;
    }
  }
}

/** Refuses a sign-off of anything but a settled verdict, and one by the checker who gave it. */
function assertApprovable(claim: Claim, by: string): void {
  if ((claim.contested ?? []).length > 0) {
    throw new UserError(
      'A contested claim cannot be approved: settle it with a verdict or note first.',
      'refused',
    );
  }
  const verdict = verdictOf(claim);
  if (!verdict) {
    throw new UserError(
      'Only a verdict can be approved: mark the claim verified, disputed or unsourced first.',
      'refused',
    );
  }
  if (verdict.by === by) {
    throw new UserError(`${by} gave this verdict, so someone else must approve it.`, 'refused');
  }
}

/**
 * Drops the competing values of a field (a shared project's concurrent verdicts or notes, which
 * the one who gives the next value has seen); true when there were some.
 */
function settle(claim: Claim, field: 'status' | 'note'): boolean {
  const competing = claim.contested ?? [];
  const kept = competing.filter((value) => !(field in value));
  if (kept.length === competing.length) return false;
  if (kept.length > 0) claim.contested = kept;
  else delete claim.contested;
  return true;
}

/**
 * True when the claim's last history entry is a note edit by `by` that produced its current note, so
 * a further edit of the note can be folded into it.
 */
export function canAmendNote(claim: Claim, by: string): boolean {
  const last = claim.history.at(-1);
  return last?.action === 'note' && last.by === by && last.to === historyText(claim.note);
}

/** How a citation reads in a claim's history: its stance and what it is. */
export function describeCitation(citation: Citation): string {
  return `${citation.stance}: ${citation.title || citation.url || citation.file?.name || citation.id}`;
}

function citationIndex(claim: Claim, citationId: string): number {
  const index = claim.citations.findIndex((citation) => citation.id === citationId);
  if (index < 0) throw new UserError(`This claim has no citation ${citationId}.`, 'not-found');
  return index;
}
