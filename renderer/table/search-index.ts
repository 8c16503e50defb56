import type { ClaimRow } from '../../shared/ipc/views';

const haystacks = new WeakMap<ClaimRow, string>();

/** What "Filter claims" searches: the claim's text, its sentence and its document's title, lowercased. */
export function haystackText(claim: ClaimRow): string {
  return `${claim.text}\n${claim.sentence}\n${claim.documentTitle}`.toLowerCase();
}

/** True when the two claims have the same haystack (without building either). */
export function sameHaystack(a: ClaimRow, b: ClaimRow): boolean {
  return a.text === b.text && a.sentence === b.sentence && a.documentTitle === b.documentTitle;
}

/** The haystack, built once per claim object (for scans before the word index is ready). */
export function haystackOf(claim: ClaimRow): string {
  let text = haystacks.get(claim);
  if (text === undefined) {
    text = haystackText(claim);
    haystacks.set(claim, text);
  }
  return text;
}

/** The words of a query, lowercased. */
export function queryWords(query: string): readonly string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Runs `step` when the window is idle (soon, where idle callbacks do not exist); returns a cancel. */
export function idleSteps(step: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(step);
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(step, 16);
  return () => window.clearTimeout(handle);
}
