import { describe, expect, it } from 'vitest';
import { newId } from './ids';

describe('newId', () => {
  it('gives ids of a prefix and 12 base-32 characters, all different across many pool refills', () => {
    const ids = Array.from({ length: 5_000 }, (_, index) => newId(index % 2 ? 'c' : 'd'));
    for (const [index, id] of ids.entries())
      expect(id).toMatch(index % 2 ? /^c[0-9a-hjkmnp-tv-z]{12}$/ : /^d[0-9a-hjkmnp-tv-z]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses every character of the alphabet (the bytes are spread, not repeated)', () => {
    const seen = new Set(Array.from({ length: 1_000 }, () => newId('s').slice(1)).join(''));
    expect(seen.size).toBe(32);
  });
});
