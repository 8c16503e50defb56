import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { forgetHaystacks, haystackFields } from './search-index';
import { nextWordStart } from './term-match';
import { PostingsBuilder } from './token-postings';
import type { TokenPostings } from './token-postings';

/**
 * An inverted index over the claims' haystacks: every whitespace-separated token, with the positions of
 * the claims whose haystack holds it. A query word never contains whitespace, so it occurs in a haystack
 * exactly when it occurs inside one of its tokens: matching a word is a search of the distinct tokens plus
 * the positions they list, not of every claim's text, and gives the same answer as `includes`.
 *
 * It answers for the claims store's positions as they were at `textVersion`: a mark keeps it good
 * (same positions, same haystacks); claims that come or go, or a changed text, make it stale.
 */
export class WordIndex {
  /** The store's text version it was built at. */
  readonly textVersion: number;
  /** How many claims (positions) it covers. */
  readonly size: number;
  /**
   * Its tokens in one string (a word is found in all of them by one `indexOf` at a time), and their
   * claims' positions in typed arrays: the five million or so entries at 100,000 claims are 4 bytes each
   * outside the JS heap.
   */
  readonly #postings: TokenPostings;

  constructor(textVersion: number, size: number, postings: TokenPostings) {
    this.textVersion = textVersion;
    this.size = size;
    this.#postings = postings;
  }

  /** The token whose text holds offset `at` of the tokens' string, searching from token `from` on. */
  #tokenAt(at: number, from: number): number {
    const tokenStarts = this.#postings.tokenStarts;
    let low = from;
    let high = tokenStarts.length - 2;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (tokenStarts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /**
   * Which claims hold every one of `words` (lowercase, no whitespace) where a word of theirs begins
   * (term-match.ts), as a 0/1 flag per position.
   */
  matchAll(words: readonly string[]): Uint8Array {
    // Each claim's count of words matched so far: a claim reaches k + 1 only from k, so a claim with two
    // tokens holding the same word is counted once.
    const count = new Uint8Array(this.size);
    const { text, tokenStarts, starts, positions } = this.#postings;
    words.forEach((word, k) => {
      // A word holds no whitespace, so it never spans the '\n' between two tokens (and a token's
      // start, after a '\n', is a word's start).
      let at = nextWordStart(text, word, 0);
      let t = 0;
      while (at >= 0) {
        t = this.#tokenAt(at, t);
        for (let i = starts[t]!; i < starts[t + 1]!; i++) {
          const position = positions[i]!;
          if (count[position] === k) count[position] = k + 1;
        }
        at = nextWordStart(text, word, tokenStarts[t + 1]!);
      }
    });
    const all = words.length;
    for (let i = 0; i < count.length; i++) {
      count[i] = count[i] === all ? 1 : 0;
    }
    return count;
  }
}

/** Claims indexed between looks at the clock: well under a millisecond of work. */
const SLICE = 100;

/** A field's tokens as its claim's haystack has them (lowercased, split at whitespace). */
function tokensOf(field: string): readonly string[] {
  return field.toLowerCase().split(/\s+/);
}

/**
 * Builds the index over `rows` (the store's claims by position, at `textVersion`) a slice at a time,
 * calling `yieldTo` between slices (idle callbacks in the app), so the window never waits for it;
 * `done` receives it. Returns a function that cancels the build.
 */
export function buildWordIndex(
  rows: readonly ClaimListRow[],
  textVersion: number,
  yieldTo: (step: (timeLeft?: () => number) => void) => () => void,
  done: (index: WordIndex) => void,
): () => void {
  // Claims added meanwhile are not covered (and change the text version, so this index is not used).
  const size = rows.length;
  const postings = new PostingsBuilder(size);
  const add = (tokens: readonly string[]) => {
    for (const token of tokens) if (token !== '') postings.add(postings.idOf(token));
  };
  // A draft's title is in every one of its claims' haystacks: split once per title.
  const titleIds = new Map<string, Uint32Array>();
  let next = 0;
  let cancel: () => void = () => {};
  // Each step indexes slices while the idle period it was given lasts (one slice when it says nothing),
  // so the index is ready in as few idle periods as the window has.
  const step = (timeLeft?: () => number) => {
    do {
      const end = Math.min(size, next + SLICE);
      // The haystack's fields one by one (they are lowercased and split alike, and the newlines that
      // join them are whitespace), so no haystack is made: at 100,000 claims those are tens of MB the
      // page would make and drop as it opens.
      for (; next < end; next++) {
        const [text, sentence, documentTitle] = haystackFields(rows[next]!);
        add(tokensOf(text));
        if (sentence !== text) add(tokensOf(sentence));
        let title = titleIds.get(documentTitle);
        if (!title) {
          const ids = tokensOf(documentTitle)
            .filter((token) => token !== '')
            .map((token) => postings.idOf(token));
          titleIds.set(documentTitle, (title = Uint32Array.from(ids)));
        }
        for (const id of title) postings.add(id);
        postings.endClaim();
      }
    } while (next < size && timeLeft !== undefined && timeLeft() > 2);
    if (next < size) {
      cancel = yieldTo(step);
      return;
    }
    // Scans made before it was ready kept their haystacks; it needs none of them.
    forgetHaystacks();
    done(new WordIndex(textVersion, size, postings.finish()));
  };
  cancel = yieldTo(step);
  return () => cancel();
}
