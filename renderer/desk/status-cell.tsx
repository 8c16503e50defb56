import { needsRecheckFor } from '../../shared/domain/claim-standing';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { StatusBadge } from '../workbench/status-badge';
import '../styles/contested.css';
import { contestedSummary, isContested, verdictContested } from './contested-words';

/**
 * What the table's status cell shows (beside the checklist's count, in one flex row with it): the verdict, or "Contested" (a glyph and a word, not colour alone) when
 * checkers gave competing verdicts; a competing note adds a cue beside the verdict; a sign-off adds
 * "Approved by …" as a cue whose name says who.
 */
export function StatusCell({ claim }: { readonly claim: ClaimListRow }) {
  const contested = isContested(claim);
  const summary = contested ? contestedSummary(claim.contested!) : '';
  return (
    <>
      {verdictContested(claim) ? (
        <span className="status-badge status-contested" title={summary}>
          <span className="status-icon" aria-hidden="true">
            ⇄
          </span>
          Contested
          <span className="visually-hidden">: {summary.slice('Contested: '.length)}</span>
        </span>
      ) : (
        <>
          <StatusBadge status={claim.status} recheck={needsRecheckFor(claim)} />
          {contested && (
            <span className="cue cue-contested" title={summary}>
              <span aria-hidden="true">⇄</span>
              <span className="visually-hidden">{summary}</span>
            </span>
          )}
        </>
      )}
      {claim.approval && (
        <span className="cue cue-approved" title={`Approved by ${claim.approval.by}`}>
          <span aria-hidden="true">✔</span>
          <span className="visually-hidden">Approved by {claim.approval.by}</span>
        </span>
      )}
    </>
  );
}
