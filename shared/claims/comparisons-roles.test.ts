import { describe, it, expect } from 'vitest';
import { findComparisons } from './comparisons';
import { findPersonRoles, findAccordingTo } from './roles';

const ref = (text: string) => ({ text, start: 0, end: text.length });
const comparisons = (text: string) => findComparisons(ref(text)).map((c) => text.slice(c.start, c.end));

describe('comparisons', () => {
  it('reads superlatives with their scope', () => {
    expect(comparisons('This is the largest Russian deployment since the Cold War, he said.')).toEqual([
      'the largest Russian deployment since the Cold War',
    ]);
    expect(comparisons('It is one of the most expensive cities in the world.')).toEqual([
      'one of the most expensive cities in the world',
    ]);
    expect(comparisons("It is Europe's second-largest economy.")).toEqual([
      "Europe's second-largest economy",
    ]);
  });

  it('reads comparatives, firsts and records', () => {
    expect(comparisons('Inflation was higher than expected in March.')).toEqual([
      'higher than expected in March',
    ]);
    expect(comparisons('For the first time since 1990, the party lost the seat.')).toEqual([
      'For the first time since 1990',
    ]);
    expect(comparisons('Exports hit a record high in May.')).toEqual(['record high']);
    expect(comparisons('She was the first woman to lead the agency.')).toEqual([
      'the first woman to lead the agency',
    ]);
    expect(comparisons('The number of cases doubled.')).toEqual(['doubled']);
  });

  it('does not read quantity hedges, ordinals or look-alike words as comparisons', () => {
    expect(comparisons('More than 40 people came.')).toEqual([]);
    expect(comparisons('The first is the worsening of the crisis.')).toEqual([]);
    expect(comparisons('They showed interest in the west and the rest of the forest.')).toEqual([]);
    expect(comparisons('He would rather wait than act.')).toEqual([]);
  });
});

describe('roles and attributions', () => {
  it('reads titles before names and appositives', () => {
    const roles = (text: string) => findPersonRoles(ref(text)).map((p) => [p.name, p.role]);
    expect(roles('NATO Secretary General Jens Stoltenberg on Thursday asked Russia to stop.')).toEqual([
      ['Jens Stoltenberg', 'NATO Secretary General'],
    ]);
    expect(roles('He met the Prime Minister of North Macedonia, Dimitar Kovacevski .')).toEqual([
      ['Dimitar Kovacevski', 'Prime Minister of North Macedonia'],
    ]);
    expect(roles('Sergei Lavrov, the Russian foreign minister, rejected the offer.')).toEqual([
      ['Sergei Lavrov', 'the Russian foreign minister'],
    ]);
    expect(roles('US President Joe Biden spoke.')).toEqual([['Joe Biden', 'US President']]);
  });

  it('reads "according to" with anonymous sources flagged', () => {
    const [a] = findAccordingTo(ref('It would be easy to exacerbate, according to the sources consulted.'));
    expect(a?.values).toMatchObject({ source: 'the sources consulted', anonymous: true });
  });
});
