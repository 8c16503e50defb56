import type { Claim, FactdeskDocument } from '../domain';
import type { ClaimStatus } from '../domain/enums';

/** A claim's sentence, cut around its quote so a renderer can mark the quote. */
export interface QuoteInContext {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

/** The sentence a claim sits in, split around the claim's quote; just the quote when offsets are missing. */
export function quoteInContext(text: string, claim: Claim): QuoteInContext {
  const { start, end } = claim;
  const spanOk = start <= end && end <= text.length && text.slice(start, end) === claim.quote;
  const sentenceStart = claim.sentenceStart;
  const sentenceEnd = claim.sentenceEnd;
  if (
    !spanOk ||
    sentenceStart === undefined ||
    sentenceEnd === undefined ||
    sentenceStart > start ||
    sentenceEnd < end ||
    sentenceEnd > text.length
  ) {
    return { before: '', quote: claim.quote, after: '' };
  }
  return {
    before: text.slice(sentenceStart, start).replace(/^\s+/, ''),
    quote: claim.quote,
    after: text.slice(end, sentenceEnd).replace(/\s+$/, ''),
  };
}

/** One run of a draft paragraph: plain text, or a claim's span with the claim's id and status. */
export interface DraftSegment {
  readonly text: string;
  readonly claimId?: string;
  readonly status?: ClaimStatus;
}

/** A draft as paragraphs of segments, with the given claims' spans marked (overlapping spans: first wins). */
export function draftParagraphs(
  doc: Pick<FactdeskDocument, 'text'>,
  claims: readonly Pick<Claim, 'id' | 'start' | 'end' | 'status'>[],
): DraftSegment[][] {
  const text = doc.text;
  const spans = [...claims]
    .filter((claim) => claim.start < claim.end && claim.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof spans = [];
  for (const span of spans) {
    const last = kept.at(-1);
    if (!last || span.start >= last.end) kept.push(span);
  }
  const paragraphs: DraftSegment[][] = [];
  const blank = /\n[ \t]*\n\s*/g;
  let from = 0;
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(blank)) {
    ranges.push([from, match.index]);
    from = match.index + match[0].length;
  }
  ranges.push([from, text.length]);
  let next = 0;
  for (const [start, end] of ranges) {
    if (text.slice(start, end).trim() === '') continue;
    const segments: DraftSegment[] = [];
    let at = start;
    while (next < kept.length && kept[next]!.end <= start) next++;
    for (let index = next; index < kept.length && kept[index]!.start < end; index++) {
      const span = kept[index]!;
      const spanStart = Math.max(span.start, start);
      const spanEnd = Math.min(span.end, end);
      if (spanStart > at) segments.push({ text: text.slice(at, spanStart) });
      segments.push({ text: text.slice(spanStart, spanEnd), claimId: span.id, status: span.status });
      at = spanEnd;
    }
    if (at < end) segments.push({ text: text.slice(at, end) });
    paragraphs.push(segments);
  }
  return paragraphs;
}
