import { describe, it, expect } from 'vitest';
import { checkConsistency, extractClaims } from './index';

const warningsFor = (text: string, phrase: string, documentDate = '2022-01-20') =>
  extractClaims(text, { documentDate, maxSuggestions: 100 }).claims.find((c) => c.quote.includes(phrase))
    ?.warnings ?? [];

describe('checkConsistency', () => {
  it('warns when a duration does not match its date range, and explains', () => {
    const [w] = warningsFor(
      'Troops will drill for ten days, from February 10 to 20, near the border.',
      'for ten days',
    );
    expect(w).toMatch(/“for ten days” does not match the dates given, which span 11 days counting both/);
    expect(
      warningsFor('Troops will drill for 11 days, from February 10 to 20, near the border.', 'for 11 days'),
    ).toEqual([]);
  });

  it('warns when a part is larger than its whole', () => {
    expect(warningsFor('Of the delegates, 300 of the 250 delegates voted yes.', '300')[0]).toMatch(
      /larger than the whole/,
    );
    expect(warningsFor('Some 120 percent of the residents were evacuated.', '120 percent')[0]).toMatch(
      /more than the whole/,
    );
  });

  it('warns about a date outside the window it is said to fall in, and a wrong weekday', () => {
    expect(warningsFor('Sales collapsed last week, on January 3, the company said.', 'January 3')[0]).toMatch(
      /outside the period/,
    );
    expect(warningsFor('Sales collapsed last week, on January 12, the company said.', 'January 12')).toEqual(
      [],
    );
    expect(warningsFor('The vote was held on Thursday, January 14, 2022, in Kyiv.', 'January 14')[0]).toMatch(
      /was a Friday, not a Thursday/,
    );
  });

  it('warns when the same measure is given two figures', () => {
    const text =
      'The company reported revenue of $1.2 billion for the year. Later the filing put revenue of $1.5 billion on record.';
    const claims = extractClaims(text, { maxSuggestions: 100 }).claims.filter((c) => c.kind === 'quantity');
    expect(claims).toHaveLength(2);
    for (const c of claims) expect(c.warnings?.[0]).toMatch(/revenue is given two ways/);
    const same = 'Revenue of $1.2 billion was reported. The report confirmed revenue of $1.2 billion again.';
    expect(extractClaims(same).claims.some((c) => c.warnings?.length)).toBe(false);
  });

  it('checks claims loaded from a project as well', () => {
    const issues = checkConsistency([
      { quote: 'for a week, from March 1 to 7', kind: 'date', values: { durationDays: 7, rangeDays: 7 } },
      { quote: '12 of 10', kind: 'quantity', values: { number: 12, whole: 10 } },
    ]);
    expect(issues).toEqual([{ claims: [1], message: expect.stringMatching(/larger than the whole/) }]);
  });
});
