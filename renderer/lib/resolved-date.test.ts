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
});
