import { describe, expect, it } from 'vitest';
import { resolvedDate, resolvedDateLine } from './resolved-date';

const day = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

describe('resolvedDate', () => {
  it('gives the day a claim was resolved to, read as a calendar day', () => {
    expect(resolvedDate({ dateStart: '2023-03-03' })).toBe(day('2023-03-03'));
    expect(resolvedDateLine({ dateStart: '2023-03-03' })).toBe(`Date resolved to ${day('2023-03-03')}`);
  });

  it('gives a range as one span', () => {
    const range = resolvedDate({ dateStart: '2022-02-10', dateEnd: '2022-02-20' })!;
    expect(range).toContain('10');
    expect(range).toContain('20');
    expect(range).toContain('2022');
  });

  it('says when a date was read but could not be placed, and nothing when there is none', () => {
    expect(resolvedDate({ resolved: false })).toBe('not resolved');
    expect(resolvedDateLine({ resolved: false })).toBe('Date not resolved');
    expect(resolvedDate({})).toBeNull();
    expect(resolvedDate(undefined)).toBeNull();
    expect(resolvedDate({ dateStart: 'March 3' })).toBeNull();
  });

  it('keeps the word that leaves a date open on one side, as reports do ("since mid-2019")', () => {
    const span = resolvedDate({ dateStart: '2019-05-01', dateEnd: '2019-08-31' })!;
    const since = { dateStart: '2019-05-01', dateEnd: '2019-08-31', relation: 'since' } as const;
    expect(resolvedDate(since)).toBe(`since ${span}`);
    expect(resolvedDateLine(since)).toBe(`Date resolved: since ${span}`);
    // A whole claim's values hold the finder's word as it read it: "till" is "until"; "on" opens nothing.
    expect(resolvedDate({ dateStart: '2019-05-01', relation: 'till' })).toBe(`until ${day('2019-05-01')}`);
    expect(resolvedDateLine({ dateStart: '2019-05-01', relation: 'on' })).toBe(
      `Date resolved to ${day('2019-05-01')}`,
    );
  });
});
