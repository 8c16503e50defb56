import type { SqueezedText } from './squeeze';

/** A character range [start, end). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** How many squeezed characters either side are compared to tell repeated quotes apart. */
const CONTEXT = 24;
/** How many occurrences either side of the expected place are weighed. */
const CANDIDATES = 3;

/**
 * Finds each span of a text in another version of the same text (both squeezed): the draft's text
 * as Factdesk read it, and the text of the Word file it came from, which differ by list markers,
 * footnote marks and the like. Spans are taken in order; each is looked for near where the one
 * before it was found (the drift so far), and among nearby occurrences the one whose surroundings
 * agree best wins. Returns squeezed ranges of `target`, or null for a span not found there.
 */
export function alignSpans(
  text: SqueezedText,
  spans: readonly TextSpan[],
  target: string,
): (TextSpan | null)[] {
  const order = spans.map((_, index) => index).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const found: (TextSpan | null)[] = spans.map(() => null);
  let drift = 0;
  for (const index of order) {
    const span = spans[index]!;
    const start = text.before[span.start]!;
    const end = text.before[span.end]!;
    if (end <= start) continue;
    const quote = text.squeezed.slice(start, end);
    const expected = Math.max(0, start + drift);
    const at = bestOccurrence(text.squeezed, start, end, quote, target, expected);
    if (at < 0) continue;
    found[index] = { start: at, end: at + quote.length };
    drift = at - start;
  }
  return found;
}

function bestOccurrence(
  source: string,
  start: number,
  end: number,
  quote: string,
  target: string,
  expected: number,
): number {
  const candidates: number[] = [];
  for (let from = expected, n = 0; n < CANDIDATES; n++) {
    const at = target.indexOf(quote, from);
    if (at < 0) break;
    candidates.push(at);
    from = at + 1;
  }
  for (let from = expected - 1, n = 0; n < CANDIDATES && from >= 0; n++) {
    const at = target.lastIndexOf(quote, from);
    if (at < 0) break;
    candidates.push(at);
    from = at - 1;
  }
  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (const at of candidates) {
    const score =
      agreeing(source, start - 1, target, at - 1, -1) + agreeing(source, end, target, at + quote.length, 1);
    const distance = Math.abs(at - expected);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/** How many characters agree walking away from a quote (step -1 before it, +1 after), up to CONTEXT. */
function agreeing(a: string, i: number, b: string, j: number, step: 1 | -1): number {
  let count = 0;
  while (count < CONTEXT && i >= 0 && j >= 0 && i < a.length && j < b.length && a[i] === b[j]) {
    count++;
    i += step;
    j += step;
  }
  return count;
}
