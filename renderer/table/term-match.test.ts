import { describe, expect, it } from 'vitest';
import { holdsTerm, queryTerms } from './term-match';

const text = 'nato secretary general jens stoltenberg said some 100,000\u00a0troops ($27 a day) took part.';

describe('a filter term', () => {
  it('matches where a word begins, not inside one', () => {
    expect(holdsTerm(text, 'ten')).toBe(false);
    expect(holdsTerm(text, 'stolten')).toBe(true);
    expect(holdsTerm(text, 'troop')).toBe(true);
    expect(holdsTerm(text, 'roops')).toBe(false);
    expect(holdsTerm(text, 'ecretary')).toBe(false);
    // After punctuation a word begins too: "27" in "$27", "000" after the comma.
    expect(holdsTerm(text, '27')).toBe(true);
    expect(holdsTerm(text, '000')).toBe(true);
    // A term that begins with punctuation matches anywhere.
    expect(holdsTerm(text, '$27')).toBe(true);
    expect(holdsTerm(text, ',000')).toBe(true);
    // Accents belong to their word, decomposed or not.
    expect(holdsTerm('la e\u0301tude', 'tude')).toBe(false);
    expect(holdsTerm('la e\u0301tude', 'e\u0301tude')).toBe(true);
    expect(holdsTerm('łukaszenka', 'kaszenka')).toBe(false);
  });

  it('in quotes is a phrase: its words in order, any whitespace between them', () => {
    expect(queryTerms('"Some 100,000 troops" nato')).toEqual(['some 100,000 troops', 'nato']);
    expect(holdsTerm(text, 'some 100,000 troops')).toBe(true);
    expect(holdsTerm(text, 'some troops')).toBe(false);
    expect(holdsTerm(text, 'ome 100,000')).toBe(false);
    expect(holdsTerm(text, 'general jens')).toBe(true);
    expect(holdsTerm(text, '($27 a')).toBe(true);
    expect(holdsTerm(text, 'took part.')).toBe(true);
    expect(holdsTerm(text, 'took.part')).toBe(false);
  });

  it('reads quotes of every kind, an unclosed one to the end, and a quoted single word as a word', () => {
    expect(queryTerms('“jens  stoltenberg” said')).toEqual(['jens stoltenberg', 'said']);
    expect(queryTerms('troops "took  part')).toEqual(['troops', 'took part']);
    expect(queryTerms('"largest" Cold')).toEqual(['largest', 'cold']);
    expect(queryTerms('  ')).toEqual([]);
  });
});
