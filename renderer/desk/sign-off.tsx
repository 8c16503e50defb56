import { useId } from 'react';
import { verdictOf } from '../../shared/domain/claim-standing';
import type { ClaimRow } from '../../shared/ipc/views';
import { formatDateTime } from '../lib/format';
import '../styles/contested.css';
import { isContested } from './contested-words';

interface SignOffProps {
  readonly claim: ClaimRow;
  /** Who is checking now (the approver must be someone else than the verdict's checker). */
  readonly checker: string;
  readonly onApprove: () => void;
  readonly onWithdraw: () => void;
}

/**
 * The editor's sign-off: who approved the verdict and when, with a way to take it back; or an
 * Approve button when the verdict can be approved by this checker, and why not when it cannot.
 */
export function SignOff({ claim, checker, onApprove, onWithdraw }: SignOffProps) {
  const id = useId();
  const verdict = verdictOf(claim);
  if (claim.approval) {
    return (
      <div className="sign-off sign-off-done" role="group" aria-labelledby={`${id}-state`}>
        <p id={`${id}-state`} className="sign-off-state">
          <span aria-hidden="true">✔ </span>Approved by <strong>{claim.approval.by}</strong>{' '}
          <time dateTime={claim.approval.at}>{formatDateTime(claim.approval.at)}</time>
          {verdict?.by ? <span className="sign-off-checker"> · checked by {verdict.by}</span> : null}
        </p>
        <button type="button" className="button-quiet" onClick={onWithdraw}>
          Withdraw approval
        </button>
      </div>
    );
  }
  // Only a verdict is approved: an unchecked claim shows nothing here.
  if (!verdict) return null;
  const why = isContested(claim)
    ? 'Settle the contest before approving.'
    : verdict.by === checker
      ? 'You gave this verdict, so someone else must approve it.'
      : null;
  return (
    <div className="sign-off" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="visually-hidden">
        Sign-off
      </span>
      <button
        type="button"
        className="button"
        disabled={why !== null}
        aria-describedby={`${id}-hint`}
        onClick={onApprove}
      >
        Approve verdict
      </button>
      <p id={`${id}-hint`} className="sign-off-hint">
        {why ?? `Signs off ${verdict.by ? `${verdict.by}’s` : 'the'} verdict as ${checker}.`}
      </p>
    </div>
  );
}
