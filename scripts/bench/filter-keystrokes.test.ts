import { describe, expect, it } from 'vitest';
import { commonWords, filterWords, narrowingKeystrokes } from './filter-keystrokes';

describe('filterWords', () => {
  const haystacks = ['the prime minister said', 'a minimum wage', 'minor parties', 'nothing here'];

  it('keeps a word with enough keystrokes that change the count, with the count after each', () => {
    // "m" 3, "mi" 3, "min" 3, "mini" 2: one keystroke changes the count, from 4 to 3 and from 3 to 2.
    expect(filterWords(haystacks, ['mini'], 3, 2)).toEqual([{ word: 'mini', counts: [3, 3, 3, 2] }]);
    expect(filterWords(haystacks, ['mini'], 3, 3)).toEqual([]);
  });

  it('counts as the app matches a typed word: where a word begins, not inside one', () => {
    // Inside words "t" is in all three and "ten" in two; at a word's start both are in one.
    expect(filterWords(['stoltenberg said', 'ten soldiers', 'nothing'], ['ten'], 3, 1)).toEqual([
      { word: 'ten', counts: [1, 1, 1] },
    ]);
  });

  it('refuses a word that ends up matching nothing', () => {
    expect(filterWords(haystacks, ['zebra'], 3, 0)).toEqual([]);
  });

  it('stops at maxWords', () => {
    expect(filterWords(haystacks, ['th', 'pa', 'mini'], 2, 1).map((w) => w.word)).toEqual(['th', 'pa']);
  });
});

describe('narrowingKeystrokes', () => {
  it('lists the keystrokes after which the count differs from before', () => {
    expect(narrowingKeystrokes(10, [10, 6, 6, 2])).toEqual([1, 3]);
    expect(narrowingKeystrokes(10, [9])).toEqual([0]);
  });
});

describe('commonWords', () => {
  it('orders words of 6 to 12 letters by how often they occur', () => {
    expect(commonWords(['border troops, border guards', 'troops at the border', 'a b c'], 5)).toEqual([
      'border',
      'troops',
      'guards',
    ]);
  });
});
