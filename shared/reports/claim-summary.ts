import { oneLine } from './text-format';

/** The longest `claimReviewed`, in characters: ClaimReview asks for fewer than 75. */
export const CLAIM_REVIEWED_MAX = 74;

/** Words that state a verdict; a ClaimReview's `claimReviewed` must not carry one. */
const VERDICT_WORDS =
  /\b(?:true|false|untrue|verified|unverified|disputed|unsourced|misleading|correct|incorrect|accurate|inaccurate|unproven|fake|hoax|debunked|wrong|lies?)\b/gi;

/** True when the text contains a verdict word. */
export function hasVerdictWord(text: string): boolean {
  return new RegExp(VERDICT_WORDS.source, 'i').test(text);
}

/**
 * A claim shortened for ClaimReview's `claimReviewed`: on one line, verdict words removed, and
 * under 75 characters — cut at a clause boundary (comma, semicolon, colon, dash) when one falls
 * late enough, else at a word boundary, ending with "…".
 */
export function claimReviewedText(text: string): string {
  const cleaned = oneLine(text.replace(VERDICT_WORDS, ' '))
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[\s,.;:–—-]+/, '');
  if (cleaned.length <= CLAIM_REVIEWED_MAX) return cleaned;
  const limit = CLAIM_REVIEWED_MAX - 1;
  const head = cleaned.slice(0, limit + 1);
  let cut = -1;
  for (const mark of [/[,;:](?=\s)/g, /\s[–—-]\s/g]) {
    for (const match of head.matchAll(mark)) {
      if (match.index >= 30 && match.index <= limit) cut = Math.max(cut, match.index);
    }
  }
  if (cut < 0) {
    const space = head.lastIndexOf(' ');
    cut = space >= 20 ? space : limit;
  }
  return `${cleaned.slice(0, cut).replace(/[\s,;:–—.-]+$/, '')}…`;
}
