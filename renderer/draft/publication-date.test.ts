import { describe, expect, it } from 'vitest';
import { readTypedDate } from './publication-date';

describe('a typed publication date', () => {
  it('is set when it is a year-month-day on the calendar, and removed when left empty', () => {
    expect(readTypedDate('2023-05-01', '2022-03-10')).toEqual({ ok: true, date: '2023-05-01' });
    expect(readTypedDate(' 2024-02-29 ', undefined)).toEqual({ ok: true, date: '2024-02-29' });
    expect(readTypedDate('', '2022-03-10')).toEqual({ ok: true, date: null });
  });

  it('is refused in a sentence that says how to write it and what stays, when it is no date', () => {
    expect(readTypedDate('2023-02-30', '2022-03-10')).toEqual({
      ok: false,
      problem:
        '“2023-02-30” is not a date: write it as year-month-day, for example 2022-03-10. The publication date stays 2022-03-10.',
    });
    expect(readTypedDate('1 May 2023', undefined)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(
        /^“1 May 2023” is not a date: .* The draft still has no publication date\.$/,
      ),
    });
    expect(readTypedDate('2023-13-01', undefined).ok).toBe(false);
    expect(readTypedDate('2023-5-1', undefined).ok).toBe(false);
  });
});
