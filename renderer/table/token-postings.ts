/**
 * What the word index is made of: its distinct tokens, joined one a line into a single string, and for
 * each token the ascending positions of the claims that hold it, all in typed arrays.
 */
export interface TokenPostings {
  /** The distinct tokens, each followed by '\n' (a token never holds whitespace). */
  readonly text: string;
  /** Where token i starts in `text` (it ends at `tokenStarts[i + 1] - 1`); one more than the tokens. */
  readonly tokenStarts: Uint32Array;
  /** Token i's claims are `positions[starts[i]]` up to `positions[starts[i + 1]]`. */
  readonly starts: Uint32Array;
  readonly positions: Uint32Array;
}

/** A typed array twice as long, holding what `array` held. */
function grown(array: Uint32Array): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Entries a chunk holds: 2^16, 256 KiB. */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

/**
 * Collects which tokens each claim holds, claim after claim (positions ascending), and then lays them
 * out as TokenPostings. Built to leave little garbage on the JS heap at 100,000 claims: a token's id is
 * one Map entry, and every (claim, token) pair is 4 bytes in a typed array (outside the JS heap), not an
 * element of a growing array per token. Those pairs are kept in fixed chunks rather than one array
 * that doubles: the copies a doubling array leaves behind (about as large as the array itself, 16 MiB
 * at 100,000 claims) wait, like the builder, for a full collection of the page's heap.
 */
export class PostingsBuilder {
  readonly #ids = new Map<string, number>();
  readonly #tokens: string[] = [];
  /** Per token id: how many claims hold it. */
  #counts = new Uint32Array(1024);
  /** Per token id: the last position it was added for, plus one (0: none yet). */
  #lastPosition = new Uint32Array(1024);
  /** The token ids of every claim, claim after claim: entry e is `#chunks[e >>> CHUNK_BITS][e & IN_CHUNK]`. */
  #chunks: Uint32Array[] = [new Uint32Array(CHUNK)];
  #entryCount = 0;
  /** Where each claim's entries end (claim p's are from `#entryEnds[p - 1]`, or 0 for the first). */
  readonly #entryEnds: Uint32Array;
  #position = 0;

  constructor(size: number) {
    this.#entryEnds = new Uint32Array(size);
  }

  /** The id of `token`, given it one if it is new. */
  idOf(token: string): number {
    let id = this.#ids.get(token);
    if (id === undefined) {
      id = this.#tokens.length;
      this.#ids.set(token, id);
      this.#tokens.push(token);
      if (id === this.#counts.length) {
        this.#counts = grown(this.#counts);
        this.#lastPosition = grown(this.#lastPosition);
      }
    }
    return id;
  }

  /** Adds the token `id` to the current claim (once, however often it comes). */
  add(id: number): void {
    if (this.#lastPosition[id] === this.#position + 1) return;
    this.#lastPosition[id] = this.#position + 1;
    this.#counts[id]!++;
    const at = this.#entryCount & IN_CHUNK;
    if (at === 0 && this.#entryCount > 0) this.#chunks.push(new Uint32Array(CHUNK));
    this.#chunks[this.#chunks.length - 1]![at] = id;
    this.#entryCount++;
  }

  /** Ends the current claim: what is added next is the next position's. */
  endClaim(): void {
    this.#entryEnds[this.#position++] = this.#entryCount;
  }

  /** The postings of every claim ended so far. */
  finish(): TokenPostings {
    const tokenCount = this.#tokens.length;
    const starts = new Uint32Array(tokenCount + 1);
    for (let t = 0; t < tokenCount; t++) starts[t + 1] = starts[t]! + this.#counts[t]!;
    // Each token's next free slot; claims are taken in position order, so each token's stay ascending.
    const next = starts.slice(0, tokenCount);
    const positions = new Uint32Array(this.#entryCount);
    const chunks = this.#chunks;
    let from = 0;
    for (let p = 0; p < this.#position; p++) {
      const end = this.#entryEnds[p]!;
      for (let e = from; e < end; e++) positions[next[chunks[e >>> CHUNK_BITS]![e & IN_CHUNK]!]!++] = p;
      from = end;
    }
    const tokenStarts = new Uint32Array(tokenCount + 1);
    for (let t = 0; t < tokenCount; t++) tokenStarts[t + 1] = tokenStarts[t]! + this.#tokens[t]!.length + 1;
    // One new string: the tokens (some of them slices that keep a whole lowercased field alive) go.
    // The '' last ends the last token with its '\n' too.
    this.#tokens.push('');
    const text = this.#tokens.join('\n');
    return { text, tokenStarts, starts, positions };
  }
}
