import type { ClaimListRow } from '../../shared/ipc/claim-list-row';

let haystacks = new WeakMap<ClaimListRow, string>();

/**
 * What "Filter claims" searches: the claim's text, its sentence and its document's title (a row
 * carries its sentence only when it is not the claim's text). The haystack and the word index both
 * read these, so they search the same words.
 */
export function haystackFields(
  claim: ClaimListRow,
): readonly [text: string, sentence: string, title: string] {
  return [claim.text, claim.sentence ?? claim.text, claim.documentTitle];
}

/** The haystack: the fields, lowercased, one a line. */
export function haystackText(claim: ClaimListRow): string {
  return haystackFields(claim).join('\n').toLowerCase();
}

/**
 * True when the two claims have the same haystack (without building either): `haystackFields`
 * compared field by field, written out since the store asks this of every row a page brings.
 */
export function sameHaystack(a: ClaimListRow, b: ClaimListRow): boolean {
  return (
    a.text === b.text &&
    (a.sentence ?? a.text) === (b.sentence ?? b.text) &&
    a.documentTitle === b.documentTitle
  );
}

/**
 * The haystack, kept per claim object: for scans before the word index is ready (a keystroke after
 * the first scans only the claims it kept, each haystack made once).
 */
export function haystackOf(claim: ClaimListRow): string {
  let text = haystacks.get(claim);
  if (text === undefined) {
    text = haystackText(claim);
    haystacks.set(claim, text);
  }
  return text;
}

/** Lets go of the kept haystacks (the word index, once built, needs none of them). */
export function forgetHaystacks(): void {
  haystacks = new WeakMap();
}

/** Longest stretch of one idle step (a key or click waiting ends it sooner, where Chromium says so). */
const IDLE_STEP_MS = 40;

interface InputPendingNavigator {
  readonly scheduling?: { readonly isInputPending?: () => boolean };
}

/**
 * Runs `step` when the window is idle, telling it how many milliseconds it may still take: what is
 * left of the idle period, at most 40 ms, and none once a key or click is waiting (where Chromium says
 * so). Where idle callbacks do not exist, soon and with no such figure. Returns a cancel.
 */
export function idleSteps(step: (timeLeft?: () => number) => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback((deadline) => {
      const started = performance.now();
      const scheduling = (navigator as InputPendingNavigator).scheduling;
      step(() =>
        scheduling?.isInputPending?.()
          ? 0
          : Math.min(deadline.timeRemaining(), IDLE_STEP_MS - (performance.now() - started)),
      );
    });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(() => step(), 16);
  return () => window.clearTimeout(handle);
}
