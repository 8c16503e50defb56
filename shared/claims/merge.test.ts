import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const claims = (text: string) =>
  extractClaims(text, { documentDate: '2022-01-20', maxSuggestions: 100 }).claims.sort(
    (a, b) => a.start - b.start,
  );

describe('merging the candidates of a sentence', () => {
  it('keeps a figure and the date range after it as two claims, each with its own values', () => {
    const found = claims('The agency will add 150 new buses between October 1 and December 31.');
    expect(found.map((c) => [c.kind, c.quote])).toEqual([
      ['quantity', '150 new buses'],
      ['date', 'between October 1 and December 31'],
    ]);
    expect(found[0]?.values).toMatchObject({ number: 150, unit: 'new buses' });
    expect(found[1]?.values).toMatchObject({ granularity: 'range', rangeDays: 92 });
    expect(found[1]?.values?.number).toBeUndefined();
  });

  it('gives a date no number taken from its own day', () => {
    const [date] = claims('The report was filed on 2023-05-10 by the board.');
    expect(date?.values).toEqual({ dateStart: '2023-05-10', granularity: 'day' });
    const [range] = claims('The line will be shut on 2023-11-20 by the board.');
    expect(range?.values?.number).toBeUndefined();
    expect(range?.values?.numberMax).toBeUndefined();
  });

  it('still folds a duration into the range it is written beside', () => {
    const [date] = claims('Exercises will run for ten days, from February 10 to 20.');
    expect(date?.quote).toBe('for ten days, from February 10 to 20');
    expect(date?.values).toMatchObject({ number: 10, unit: 'days', durationDays: 10, rangeDays: 11 });
  });
});
