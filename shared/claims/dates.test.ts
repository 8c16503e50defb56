import { describe, it, expect } from 'vitest';
import { findDates } from './dates';
import type { Ymd } from './calendar';
import { SPANISH } from './languages/es';

const ref: Ymd = { y: 2022, m: 1, d: 20 }; // a Thursday

function dates(
  text: string,
  reference: Ymd | null = ref,
): Array<{ quote: string; values: Record<string, unknown> }> {
  return findDates({ text, start: 0, end: text.length }, reference ? { reference } : {}).map((c) => ({
    quote: text.slice(c.start, c.end),
    values: c.values,
  }));
}

describe('findDates', () => {
  it('resolves weekdays to the nearest one at or before the document date, or after it for the future', () => {
    expect(dates('He spoke on Thursday.')[0]).toMatchObject({
      quote: 'on Thursday',
      values: { dateStart: '2022-01-20' },
    });
    expect(dates('He spoke on Monday.')[0]?.values.dateStart).toBe('2022-01-17');
    expect(dates('They will meet on Monday.')[0]?.values.dateStart).toBe('2022-01-24');
    expect(dates('It ended last Friday.')[0]?.values.dateStart).toBe('2022-01-14');
  });

  it('reads a bare weekday by the tense of its own clause, not of the whole sentence', () => {
    // A Friday's dateline story: riders "will pay" (future), but the board spoke last Thursday.
    const friday: Ymd = { y: 2023, m: 3, d: 3 };
    const said = 'Riders will pay $27 a month from June, the transit board said on Thursday.';
    expect(dates(said, friday).find((d) => d.quote === 'on Thursday')?.values.dateStart).toBe('2023-03-02');
    expect(dates('The board will vote on Thursday, officials said.', friday)[0]?.values.dateStart).toBe(
      '2023-03-09',
    );
    // A clause that is little more than the date reads the sentence's tense.
    expect(dates('On Thursday, the board will vote.', friday)[0]?.values.dateStart).toBe('2023-03-09');
    expect(dates('On Thursday, the board voted.', friday)[0]?.values.dateStart).toBe('2023-03-02');
  });

  it('places a month and day without a year by the tense around it: past on or before the document date, future on or after', () => {
    const dec20: Ymd = { y: 2022, m: 12, d: 20 };
    // The nearest January 12 to 20 December 2022 is in 2023; the talks had opened in January 2022.
    expect(dates('The talks that opened on January 12 stalled.', dec20)[0]?.values.dateStart).toBe(
      '2022-01-12',
    );
    expect(dates('The talks will open on January 12.', dec20)[0]?.values.dateStart).toBe('2023-01-12');
    expect(dates('The vote is set to take place on December 19.', dec20)[0]?.values.dateStart).toBe(
      '2023-12-19',
    );
    expect(dates('The final will be held on December 20.')[0]?.values.dateStart).toBe('2022-12-20');
    // Neither past nor future words: the nearest year, as before.
    expect(dates('Talks resume on January 12.', dec20)[0]?.values.dateStart).toBe('2023-01-12');
    expect(dates('Talks resume on December 20.')[0]?.values.dateStart).toBe('2021-12-20');
  });

  it('places a date after an adjective in -ed by the verb: "the elected council meets" is no past', () => {
    const dec20: Ymd = { y: 2022, m: 12, d: 20 };
    // No past or future cue left: the nearest year, as for "Talks resume on January 12".
    expect(dates('The elected council meets on March 3.', dec20)[0]?.values.dateStart).toBe('2023-03-03');
    expect(dates('A revised timetable takes effect on January 12.', dec20)[0]?.values.dateStart).toBe(
      '2023-01-12',
    );
    expect(dates('The postponed talks will open on January 12.', dec20)[0]?.values.dateStart).toBe(
      '2023-01-12',
    );
    expect(dates('The council elected its mayor on March 3.', dec20)[0]?.values.dateStart).toBe('2022-03-03');
  });

  it('places a date by the present verb of its own clause, not by a reporting verb in the past before it', () => {
    const dec20: Ymd = { y: 2022, m: 12, d: 20 };
    const said = 'The board said the elected council meets on March 3.';
    expect(dates(said, dec20)[0]?.values.dateStart).toBe('2023-03-03');
    expect(dates('The board said the council met on March 3.', dec20)[0]?.values.dateStart).toBe(
      '2022-03-03',
    );
  });

  it('places a month or part of one without a year by tense too', () => {
    expect(dates('The treaty was signed in March.')[0]?.values).toMatchObject({
      dateStart: '2021-03-01',
      dateEnd: '2021-03-31',
    });
    expect(dates('It took effect in January.')[0]?.values.dateStart).toBe('2022-01-01');
    expect(dates('Inflation peaked in late November.')[0]?.values.dateStart).toBe('2021-11-21');
    expect(dates('The works will end in early January.')[0]?.values.dateStart).toBe('2023-01-01');
  });

  it('keeps the nearest year in languages without tense cues', () => {
    const dec20: Ymd = { y: 2022, m: 12, d: 20 };
    const text = 'Las conversaciones comenzaron el 12 de enero.';
    const found = findDates({ text, start: 0, end: text.length }, { reference: dec20 }, SPANISH);
    expect(found[0]?.values.dateStart).toBe('2023-01-12');
  });

  it('reads ranges with durations', () => {
    expect(dates('Exercises last for ten days, from February 10 to 20, near the border.')[0]).toMatchObject({
      quote: 'for ten days, from February 10 to 20',
      values: { dateStart: '2022-02-10', dateEnd: '2022-02-20', durationDays: 10, rangeDays: 11 },
    });
    expect(dates('The summit runs 25 February to 3 March 2023.')[0]?.values).toMatchObject({
      dateStart: '2023-02-25',
      dateEnd: '2023-03-03',
    });
    expect(dates('Prices rose from 2010 to 2015.')[0]?.values).toMatchObject({
      dateStart: '2010-01-01',
      dateEnd: '2015-12-31',
    });
  });

  it('places both ends of a range without a year in one year, from its start', () => {
    // Seen from 20 January, July 26 is nearer in 2021 but July 16 in 2022: one range, one year.
    expect(dates('The festival runs from July 16 to 26.')[0]?.values).toMatchObject({
      dateStart: '2022-07-16',
      dateEnd: '2022-07-26',
      rangeDays: 11,
    });
    const june30: Ymd = { y: 2022, m: 6, d: 30 };
    expect(dates('The fair runs from December 28 to January 3.', june30)[0]?.values).toMatchObject({
      dateStart: '2022-12-28',
      dateEnd: '2023-01-03',
      rangeDays: 7,
    });
    expect(dates('The fair ran from July 16 to 26.')[0]?.values).toMatchObject({
      dateStart: '2021-07-16',
      dateEnd: '2021-07-26',
    });
    expect(dates('Troops will drill from March to May.', june30)[0]?.values).toMatchObject({
      dateStart: '2023-03-01',
      dateEnd: '2023-05-31',
    });
  });

  it('reads parts of months and years, decades and years after a preposition', () => {
    expect(dates('It has not met since mid-2019.')[0]).toMatchObject({
      quote: 'since mid-2019',
      values: { relation: 'since', dateStart: '2019-05-01' },
    });
    expect(dates('Talks resume in early March.')[0]?.values).toMatchObject({
      dateStart: '2022-03-01',
      dateEnd: '2022-03-10',
    });
    expect(dates('It was popular in the 1990s.')[0]?.values).toMatchObject({
      dateStart: '1990-01-01',
      dateEnd: '1999-12-31',
    });
    expect(dates('In 2019 the plant closed.')[0]).toMatchObject({
      quote: 'In 2019',
      values: { dateStart: '2019-01-01', dateEnd: '2019-12-31' },
    });
    expect(dates('The 2,019 people were counted.')).toEqual([]);
  });

  it('reads full dates in several styles', () => {
    expect(dates('It opened on January 12.')[0]?.values.dateStart).toBe('2022-01-12');
    expect(dates('It closed on December 20.')[0]?.values.dateStart).toBe('2021-12-20');
    expect(dates('Signed on 3 March 2020 in Doha.')[0]?.values.dateStart).toBe('2020-03-03');
    expect(dates('Filed 2021-03-04.')[0]?.values.dateStart).toBe('2021-03-04');
    expect(dates('Due by 12/25/2021.')[0]?.values.dateStart).toBe('2021-12-25');
    expect(dates('On Friday, January 14, 2022, the vote passed.')[0]?.values).toMatchObject({
      dateStart: '2022-01-14',
      weekday: 'Friday',
    });
  });

  it('reads relative periods', () => {
    expect(dates('Sales fell last week.')[0]?.values).toMatchObject({
      dateStart: '2022-01-10',
      dateEnd: '2022-01-16',
    });
    expect(dates('It happened three years ago.')[0]?.values.dateStart).toBe('2019-01-01');
    expect(dates('He arrived yesterday.')[0]?.values.dateStart).toBe('2022-01-19');
  });

  it('leaves dates without a year unresolved when the document date is unknown', () => {
    expect(dates('It opened on January 12.', null)[0]?.values).toMatchObject({ resolved: false });
    expect(dates('From February 10 to 20.', null)[0]?.values).toMatchObject({ rangeDays: 11 });
  });

  it('does not read "may" the verb or "march" the noun as months', () => {
    expect(dates('Prices may rise as protesters march on.')).toEqual([]);
  });
});
