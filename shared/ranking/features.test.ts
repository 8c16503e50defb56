import { describe, expect, it } from 'vitest';
import { englishVector, fnv1a, pairHash } from './features';
import { tokenize } from './tokens';

const BITS = 18;
const MASK = (1 << BITS) - 1;

describe('englishVector', () => {
  it('caps each n-gram count at 2, scaled by 1/√(distinct n-grams), buckets in the order first seen', () => {
    const sentence = 'the cat the cat the cat sat';
    const words = tokenize(sentence).words;
    const hashes = words.map(fnv1a);
    // Unigrams and bigrams in reading order, then the closing bigram.
    const grams = hashes.flatMap((h, i) => [
      h & MASK,
      pairHash(i === 0 ? fnv1a('<s>') : hashes[i - 1]!, h) & MASK,
    ]);
    grams.push(pairHash(hashes.at(-1)!, fnv1a('</s>')) & MASK);
    const firstSeen = [...new Set(grams)];
    const norm = 1 / Math.sqrt(firstSeen.length);
    const v = englishVector(sentence, BITS);
    const buckets = [...v.index.slice(0, firstSeen.length)];
    expect(buckets).toEqual(firstSeen);
    const expected = firstSeen.map((h) =>
      Math.fround(Math.min(2, grams.filter((g) => g === h).length) * norm),
    );
    expect([...v.value.slice(0, firstSeen.length)]).toEqual(expected);
    // "the" comes three times: counted 2.
    expect(v.value[0]).toBe(Math.fround(2 * norm));
  });

  it('gives the same vector for a sentence read again after others (no count left over)', () => {
    const sentence = 'Exports grew by 3.5% in the first quarter, the ministry said.';
    const first = englishVector(sentence, BITS);
    englishVector('the the the ministry said said said', BITS);
    englishVector(sentence, BITS);
    const again = englishVector(sentence, BITS);
    expect([...again.index]).toEqual([...first.index]);
    expect([...again.value]).toEqual([...first.value]);
  });
});
