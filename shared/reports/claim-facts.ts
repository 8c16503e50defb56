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

/** The claim's facts beyond its verdict, as label and value: who is assigned, the date it names. */
export function claimFacts(claim: Pick<ReportClaim, 'assignee' | 'resolvedDate'>): [string, string][] {
  const facts: [string, string][] = [];
  if (claim.assignee) facts.push(['Assigned to', claim.assignee]);
  if (claim.resolvedDate) facts.push(['Date', claim.resolvedDate]);
  return facts;
}
