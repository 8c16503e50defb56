import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { packFor } from './packs';

/**
 * Round trips of the platform's own number formatting: whatever `Intl.NumberFormat` writes for a locale
 * (French groups thousands with U+202F, the narrow no-break space, in Node 20's ICU), that language's
 * numeral pattern matches whole and reads back as the same number.
 */
describe.each(['en', 'es', 'fr', 'de', 'pt'])('numbers as %s writes them', (locale) => {
  const tables = packFor(locale)?.numbers;
  const pattern = new RegExp(`^(?:${tables?.numeral})$`, 'u');

  it('match whole and read back exactly', () => {
    expect(tables).toBeDefined();
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const value = n / 10 ** decimals;
        const written = format.format(value);
        expect(written, written).toMatch(pattern);
        expect(tables?.parseNumeral(written)).toBeCloseTo(value, 6);
      }),
      { numRuns: 500 },
    );
  });

  it('find the figure in a sentence of the language', () => {
    const format = new Intl.NumberFormat(locale);
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 10 ** 9 }), (n) => {
        const written = format.format(n);
        const core = new RegExp(tables?.core.source ?? '', tables?.core.flags);
        const m = core.exec(`: ${written} `);
        expect(m?.[0], written).toBe(written);
      }),
      { numRuns: 300 },
    );
  });
});

describe('French spaces', () => {
  it('groups thousands with any of the three spaces', () => {
    const fr = packFor('fr')?.numbers;
    for (const space of [' ', '\u00a0', '\u202f']) {
      expect(fr?.parseNumeral(`100${space}000`)).toBe(100000);
      expect(fr?.parseNumeral(`1${space}234${space}567,5`)).toBe(1234567.5);
    }
    expect(new Intl.NumberFormat('fr').format(100000)).toBe('100\u202f000');
  });
});
