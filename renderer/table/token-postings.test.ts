import { describe, expect, it } from 'vitest';
import { PostingsBuilder } from './token-postings';
import type { TokenPostings } from './token-postings';

/** Each token with its claims' positions, read back out of the postings. */
function readBack(postings: TokenPostings): Map<string, number[]> {
  const byToken = new Map<string, number[]>();
  const { text, tokenStarts, starts, positions } = postings;
  for (let t = 0; t + 1 < tokenStarts.length; t++) {
    const token = text.slice(tokenStarts[t], tokenStarts[t + 1]! - 1);
    expect(text[tokenStarts[t + 1]! - 1]).toBe('\n');
    byToken.set(token, [...positions.subarray(starts[t], starts[t + 1])]);
  }
  return byToken;
}

function build(claims: readonly (readonly string[])[]): TokenPostings {
  const builder = new PostingsBuilder(claims.length);
  for (const tokens of claims) {
    for (const token of tokens) builder.add(builder.idOf(token));
    builder.endClaim();
  }
  return builder.finish();
}

describe('the word index postings', () => {
  it('list each token once, with every claim that holds it once, in ascending order', () => {
    const postings = build([['troops', 'the', 'troops'], [], ['the', 'nato’s'], ['troops']]);
    expect(postings.text).toBe('troops\nthe\nnato’s\n');
    expect(readBack(postings)).toEqual(
      new Map([
        ['troops', [0, 3]],
        ['the', [0, 2]],
        ['nato’s', [2]],
      ]),
    );
  });

  it('hold what a map of arrays holds when thousands of tokens and claims outgrow their first room', () => {
    // 3,000 distinct tokens and over 100,000 pairs: more than the builder's arrays start with.
    const claims = Array.from({ length: 7000 }, (_, claim) =>
      Array.from({ length: 16 }, (_, k) => `w${(claim * 7 + k * k) % 3000}`),
    );
    const expected = new Map<string, number[]>();
    claims.forEach((tokens, claim) => {
      for (const token of tokens) {
        const list = expected.get(token) ?? [];
        if (list.at(-1) !== claim) list.push(claim);
        expected.set(token, list);
      }
    });
    expect(readBack(build(claims))).toEqual(expected);
  });

  it('read every pair back at the edges of the builder’s chunks of 65,536', () => {
    for (const pairs of [65_535, 65_536, 65_537, 131_072]) {
      // Claim c holds one token, t0 for even claims and t1 for odd ones: one pair a claim.
      const claims = Array.from({ length: pairs }, (_, claim) => [`t${claim % 2}`]);
      const byToken = readBack(build(claims));
      expect(byToken.get('t0')).toHaveLength(Math.ceil(pairs / 2));
      expect(byToken.get('t1')).toHaveLength(Math.floor(pairs / 2));
      expect(byToken.get('t1')!.at(-1)).toBe(pairs % 2 === 0 ? pairs - 1 : pairs - 2);
      expect(byToken.get('t0')!.every((claim, i) => claim === 2 * i)).toBe(true);
    }
  });

  it('are empty for no tokens', () => {
    const postings = build([[], []]);
    expect(postings.text).toBe('');
    expect([...postings.tokenStarts]).toEqual([0]);
    expect(postings.positions).toHaveLength(0);
  });
});
