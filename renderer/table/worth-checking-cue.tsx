import { WORTH_CHECKING } from '../../shared/ranking/worth-checking';
import '../styles/worth-checking.css';

/** A probability as a whole percentage, for titles. */
const percent = (p: number): string => `${Math.round(p * 100)} %`;

/**
 * The table's cue for a claim whose sentence the model finds worth checking: its calibrated probability
 * is at or above the threshold chosen on dev data (docs/claim-finding.md). Nothing otherwise. A compact
 * glyph, named for screen readers, with the probability in its title.
 */
export function WorthCheckingCue({ score }: { readonly score: number }) {
  if (!(score >= WORTH_CHECKING)) return null;
  return (
    <span
      className="cue cue-worth"
      title={`Worth checking: a ${percent(score)} chance that a fact-checker would check this sentence (the cue shows from ${percent(WORTH_CHECKING)})`}
    >
      <span aria-hidden="true">◎</span>
      <span className="visually-hidden">Worth checking</span>
    </span>
  );
}
