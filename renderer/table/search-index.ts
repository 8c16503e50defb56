import type { ClaimRow } from '../../shared/ipc/views';

const haystacks = new WeakMap<ClaimRow, string>();

/** What "Filter claims" searches: the claim's text, its sentence and its document's title, lowercased once. */
export function haystackOf(claim: ClaimRow): string {
  let text = haystacks.get(claim);
  if (text === undefined) {
    text = `${claim.text}\n${claim.sentence}\n${claim.documentTitle}`.toLowerCase();
    haystacks.set(claim, text);
  }
  return text;
}

/** The words of a query, lowercased. */
export function queryWords(query: string): readonly string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Builds the index ahead of the first keystroke, in idle time, a slice at a time. */
export function warmSearchIndex(rows: readonly ClaimRow[]): () => void {
  let next = 0;
  let handle = 0;
  const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 16));
  const cancel = window.cancelIdleCallback ?? window.clearTimeout;
  const step = () => {
    const end = Math.min(rows.length, next + 5000);
    for (; next < end; next++) haystackOf(rows[next]!);
    if (next < rows.length) handle = idle(step);
  };
  handle = idle(step);
  return () => cancel(handle);
}
