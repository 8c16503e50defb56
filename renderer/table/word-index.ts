import type { ClaimRow } from '../../shared/ipc/views';
import { patchFrom } from './row-patches';
import { haystackText, sameHaystack } from './search-index';

/**
 * An inverted index over the claims' haystacks: every whitespace-separated token, with the positions of
 * the claims whose haystack holds it. A query word never contains whitespace, so it occurs in a haystack
 * exactly when it occurs inside one of its tokens: matching a word is a scan of the distinct tokens plus
 * the positions they list, not of every claim's text, and gives the same answer as `includes`.
 */
export class WordIndex {
  /** The claims it was built over, by position; kept current by `carriedTo`. */
  #rows: readonly ClaimRow[];
  readonly #tokens: readonly string[];
  /** Positions of token i's claims: `#positions[#starts[i] .. #starts[i + 1]]`, ascending. */
  readonly #starts: Int32Array;
  readonly #positions: Int32Array;

  constructor(
    rows: readonly ClaimRow[],
    tokens: readonly string[],
    starts: Int32Array,
    positions: Int32Array,
  ) {
    this.#rows = rows;
    this.#tokens = tokens;
    this.#starts = starts;
    this.#positions = positions;
  }

  get rows(): readonly ClaimRow[] {
    return this.#rows;
  }

  /**
   * The index for `rows` when they are the indexed claims with only some replaced by claims of the same
   * haystack (a mark, a note, a citation): itself, now over `rows`; null when the haystacks differ.
   */
  carriedTo(rows: readonly ClaimRow[]): WordIndex | null {
    if (rows === this.#rows) return this;
    if (rows.length !== this.#rows.length) return null;
    const before = this.#rows;
    // The claims store notes which positions a mark replaced; otherwise every position is compared.
    const patch = patchFrom(rows, before);
    if (patch) {
      for (const i of patch.positions) if (!sameHaystack(rows[i]!, before[i]!)) return null;
    } else {
      for (let i = 0; i < rows.length; i++) {
        if (rows[i] !== before[i] && !sameHaystack(rows[i]!, before[i]!)) return null;
      }
    }
    this.#rows = rows;
    return this;
  }

  /** Which claims hold every one of `words` (lowercase, no whitespace), as a 0/1 flag per position. */
  matchAll(words: readonly string[]): Uint8Array {
    // Each claim's count of words matched so far: a claim reaches k + 1 only from k, so a claim with two
    // tokens holding the same word is counted once.
    const count = new Uint8Array(this.#rows.length);
    const tokens = this.#tokens;
    const starts = this.#starts;
    const positions = this.#positions;
    words.forEach((word, k) => {
      for (let t = 0; t < tokens.length; t++) {
        if (!tokens[t]!.includes(word)) continue;
        for (let p = starts[t]!; p < starts[t + 1]!; p++) {
          const at = positions[p]!;
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

/** Claims indexed per step of `buildWordIndex`: a few milliseconds, so a key pressed meanwhile waits little. */
const SLICE = 500;

/**
 * Builds the index over `rows` a slice at a time, calling `yieldTo` between slices (idle callbacks in the
 * app), so the window never waits for it; `done` receives it. Returns a function that cancels the build.
 */
export function buildWordIndex(
  rows: readonly ClaimRow[],
  yieldTo: (step: () => void) => () => void,
  done: (index: WordIndex) => void,
): () => void {
  const byToken = new Map<string, number[]>();
  let next = 0;
  let cancel: () => void = () => {};
  const step = () => {
    const end = Math.min(rows.length, next + SLICE);
    for (; next < end; next++) {
      for (const token of haystackText(rows[next]!).split(/\s+/)) {
        if (token === '') continue;
        let list = byToken.get(token);
        if (!list) byToken.set(token, (list = []));
        if (list[list.length - 1] !== next) list.push(next);
      }
    }
    if (next < rows.length) {
      cancel = yieldTo(step);
      return;
    }
    done(packIndex(rows, byToken));
  };
  cancel = yieldTo(step);
  return () => cancel();
}

function packIndex(rows: readonly ClaimRow[], byToken: Map<string, number[]>): WordIndex {
  const tokens = [...byToken.keys()];
  const starts = new Int32Array(tokens.length + 1);
  let total = 0;
  tokens.forEach((token, t) => {
    starts[t] = total;
    total += byToken.get(token)!.length;
  });
  starts[tokens.length] = total;
  const positions = new Int32Array(total);
  tokens.forEach((token, t) => positions.set(byToken.get(token)!, starts[t]));
  return new WordIndex(rows, tokens, starts, positions);
}
