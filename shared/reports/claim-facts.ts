import type { ReportClaim } from './report-model';
import { statusLabels } from './verdicts';

// Plain sentences about one claim that every format prints the same way (each escapes them its own way).

/**
 * "Needs re-check: version 2 changed “$27” to “$31” (it was Verified)." for a claim whose verdict a new
 * version left stale; null for any other claim.
 */
export function recheckSentence(claim: Pick<ReportClaim, 'recheck' | 'quote'>): string | null {
  const recheck = claim.recheck;
  if (!recheck) return null;
  const version = recheck.version ? `version ${recheck.version}` : 'a new version';
  const was = `it was ${statusLabels[recheck.previousStatus]}`;
  if (recheck.state === 'orphaned') {
    const words = recheck.was ? ` “${recheck.was}”` : ' its words';
    return `Needs re-check: ${version} removed${words} from the draft (${was}).`;
  }
  const change = recheck.was ? ` “${recheck.was}” to “${claim.quote}”` : ' its words';
  return `Needs re-check: ${version} changed${change} (${was}).`;
}

/**
 * The verdict a claim's entry names: its status once a checker gave one that stands; "None yet" for a
 * claim never checked, "None (needs re-check)" for one whose verdict a new version of its draft took back.
 */
export function verdictWords(claim: Pick<ReportClaim, 'verdict' | 'status' | 'recheck'>): string {
  if (claim.verdict) return statusLabels[claim.status];
  return claim.recheck ? 'None (needs re-check)' : 'None yet';
}

/**
 * "Needs evidence: verified without a supporting source (no source cited)." for a verdict that lacks the
 * evidence it needs (the app's "Needs evidence" cue, the same rule: `evidenceGap`); null for any other claim.
 */
export function evidenceSentence(claim: Pick<ReportClaim, 'needsEvidence' | 'citations'>): string | null {
  if (!claim.needsEvidence) return null;
  const none = claim.citations.length === 0 ? ' (no source cited)' : '';
  return `Needs evidence: ${claim.needsEvidence.toLowerCase()}${none}.`;
}

/**
 * The claim's facts beyond its verdict, as label and value: who is assigned, the date it names (with the
 * word that leaves it open-ended: "since 2019-05-01 – 2019-08-31"), and how far its checklist got (once
 * it has a verdict or a tick; an untouched list says nothing).
 */
export function claimFacts(
  claim: Pick<ReportClaim, 'assignee' | 'resolvedDate' | 'dateRelation' | 'checklist' | 'status'>,
): [string, string][] {
  const facts: [string, string][] = [];
  if (claim.assignee) facts.push(['Assigned to', claim.assignee]);
  // An open-ended date keeps its word: "since mid-2019" is "since 2019-05-01 – 2019-08-31", not the span.
  if (claim.resolvedDate)
    facts.push([
      'Date',
      claim.dateRelation ? `${claim.dateRelation} ${claim.resolvedDate}` : claim.resolvedDate,
    ]);
  const checklist = checklistSentence(claim);
  if (checklist) facts.push(['Checklist', checklist]);
  return facts;
}

/** "2 of 5 done; still open: Unit and base are right; Know who counted and how." (null: nothing to say). */
export function checklistSentence(claim: Pick<ReportClaim, 'checklist' | 'status'>): string | null {
  const items = claim.checklist;
  const done = items.filter((entry) => entry.done).length;
  if (items.length === 0 || (done === 0 && claim.status === 'unchecked')) return null;
  if (done === items.length) return `All ${items.length} done.`;
  const open = items.filter((entry) => !entry.done).map((entry) => entry.item.replace(/\.$/, ''));
  return `${done} of ${items.length} done; still open: ${open.join('; ')}.`;
}
