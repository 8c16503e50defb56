import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { evidenceGap } from '../../shared/domain/evidence';

/** A verdict without the evidence it needs, said in words with an icon; nothing otherwise. */
export function EvidenceCue({ claim }: { readonly claim: ClaimListRow }) {
  const gap = evidenceGap(claim);
  if (!gap) return null;
  return (
    <p className="evidence-cue">
      <span aria-hidden="true">⚑</span> Needs evidence: {gap.toLowerCase()}.
    </p>
  );
}
