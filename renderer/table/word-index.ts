import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { forgetHaystacks, haystackFields } from './search-index';

/**
 * An inverted index over the claims' haystacks: every whitespace-separated token, with the positions of
 * the claims whose haystack holds it. A query word never contains whitespace, so it occurs in a haystack
 * exactly when it occurs inside one of its tokens: matching a word is a scan of the distinct tokens plus
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
  readonly #tokens: readonly string[];
  /**
   * The positions of every token's claims, ascending, token after token: token i's are
   * `positions[starts[i]]` up to `positions[starts[i + 1]]`. Typed arrays, so the five million or so
   * entries at 100,000 claims are 4 bytes each outside the JS heap, instead of a growable array per
   * token inside it (its headers, spare room, and the copies left behind as it grew).
   */
  readonly #starts: Uint32Array;
  readonly #positions: Uint32Array;

  constructor(
    textVersion: number,
    size: number,
    tokens: readonly string[],
    positions: readonly (readonly number[])[],
  ) {
    this.textVersion = textVersion;
    this.size = size;
    this.#tokens = tokens;
    this.#starts = new Uint32Array(tokens.length + 1);
    let total = 0;
    for (let t = 0; t < tokens.length; t++) {
      this.#starts[t] = total;
      total += positions[t]!.length;
    }
    this.#starts[tokens.length] = total;
    this.#positions = new Uint32Array(total);
    for (let t = 0; t < tokens.length; t++) this.#positions.set(positions[t]!, this.#starts[t]);
  }

  /** Which claims hold every one of `words` (lowercase, no whitespace), as a 0/1 flag per position. */
  matchAll(words: readonly string[]): Uint8Array {
    // Each claim's count of words matched so far: a claim reaches k + 1 only from k, so a claim with two
    // tokens holding the same word is counted once.
    const count = new Uint8Array(this.size);
    const tokens = this.#tokens;
    const starts = this.#starts;
    const positions = this.#positions;
    words.forEach((word, k) => {
      for (let t = 0; t < tokens.length; t++) {
        if (!tokens[t]!.includes(word)) continue;
        for (let i = starts[t]!; i < starts[t + 1]!; i++) {
          const at = positions[i]!;
          if (count[at] === k) count[at] = k + 1;
        }
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
  const byToken = new Map<string, number[]>();
  const add = (tokens: readonly string[], position: number) => {
    for (const token of tokens) {
      if (token === '') continue;
      let list = byToken.get(token);
      if (!list) byToken.set(token, (list = []));
      if (list[list.length - 1] !== position) list.push(position);
    }
  };
  // A draft's title is in every one of its claims' haystacks: split once per title.
  const titleTokens = new Map<string, readonly string[]>();
  // Claims added meanwhile are not covered (and change the text version, so this index is not used).
  const size = rows.length;
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
        add(tokensOf(text), next);
        if (sentence !== text) add(tokensOf(sentence), next);
        let title = titleTokens.get(documentTitle);
        if (!title) titleTokens.set(documentTitle, (title = tokensOf(documentTitle)));
        add(title, next);
      }
    } while (next < size && timeLeft !== undefined && timeLeft() > 2);
    if (next < size) {
      cancel = yieldTo(step);
      return;
    }
    // Scans made before it was ready kept their haystacks; it needs none of them.
    forgetHaystacks();
    done(new WordIndex(textVersion, size, [...byToken.keys()], [...byToken.values()]));
  };
  cancel = yieldTo(step);
  return () => cancel();
}
