import type { ClaimRow } from '../../shared/ipc/views';
import { evidenceGap } from '../lib/quality';

/** A verdict without the evidence it needs, said in words with an icon; nothing otherwise. */
export function EvidenceCue({ claim }: { readonly claim: ClaimRow }) {
  const gap = evidenceGap(claim);
  if (!gap) return null;
  return (
    <p className="evidence-cue">
      <span aria-hidden="true">⚑</span> Needs evidence: {gap.toLowerCase()}.
    </p>
  );
}
