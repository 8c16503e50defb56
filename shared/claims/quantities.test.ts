import { describe, it, expect } from 'vitest';
import { findQuantities } from './quantities';
import { extractClaims } from './index';
import { GERMAN } from './languages/de';

function quantities(text: string): Array<{ quote: string; values: Record<string, unknown> }> {
  return findQuantities({ text, start: 0, end: text.length }).map((c) => ({
    quote: text.slice(c.start, c.end),
    values: c.values,
  }));
}

describe('findQuantities', () => {
  it('skips numbers that are parts of names', () => {
    for (const text of [
      'The Boeing 737 Max was grounded worldwide.',
      'COVID-19 spread across Europe.',
      'Leaders of the G20 met in Rome.',
      'Formula 1 teams voted against the change.',
      'The F-35 program was delayed again.',
      'Apple released iOS 17 with Windows 10 support.',
    ]) {
      expect(quantities(text), text).toEqual([]);
    }
  });

  it('tells years from counts', () => {
    expect(quantities('In 2019 the plant closed.')).toEqual([]);
    expect(quantities('Some 2,019 people were evacuated.')[0]).toMatchObject({
      quote: 'Some 2,019 people',
      values: { number: 2019, unit: 'people' },
    });
    expect(quantities('Since 2014, 300 families have left.')[0]?.quote).toBe('300 families');
  });

  it('reads money with scales and currencies', () => {
    expect(quantities('The deal is worth $1.2 billion.')[0]).toMatchObject({
      quote: '$1.2 billion',
      values: { number: 1.2e9, currency: 'USD', unit: 'USD' },
    });
    expect(quantities('It paid €300m for the club.')[0]).toMatchObject({
      quote: '€300m',
      values: { number: 3e8, currency: 'EUR' },
    });
    expect(quantities('The fine was 5 million dollars.')[0]).toMatchObject({
      values: { number: 5e6, currency: 'USD' },
    });
    expect(quantities('A budget of £2.5bn was approved.')[0]).toMatchObject({
      quote: '£2.5bn',
      values: { number: 2.5e9, currency: 'GBP' },
    });
  });

  it('reads percentages, ranges and hedges', () => {
    expect(quantities('Turnout rose by 3.5% this year.')[0]).toMatchObject({
      quote: '3.5%',
      values: { number: 3.5, unit: 'percent' },
    });
    expect(quantities('Between 10 and 20 percent of voters stayed home.')[0]).toMatchObject({
      quote: 'Between 10 and 20 percent',
      values: { number: 10, numberMax: 20, unit: 'percent', share: true },
    });
    expect(quantities('Prices rose 10-20% in a month.')[0]).toMatchObject({
      values: { number: 10, numberMax: 20 },
    });
    expect(quantities('It will cost 10 to 20 million euros.')[0]).toMatchObject({
      values: { number: 1e7, numberMax: 2e7, currency: 'EUR' },
    });
    expect(quantities('More than 40 per cent of homes lost power.')[0]).toMatchObject({
      quote: 'More than 40 per cent',
      values: { hedge: 'more than', bound: 'lower' },
    });
    expect(quantities('Up to 500 people attended.')[0]).toMatchObject({
      values: { hedge: 'up to', bound: 'upper', number: 500 },
    });
    expect(quantities('Rates fell 2 percentage points.')[0]).toMatchObject({
      values: { unit: 'percentage points' },
    });
  });

  it('reads a change in points and the rate it reached as two figures, not one range', () => {
    const found = quantities('Inflation rose 0.5 percentage points to 3.2% in June.');
    expect(found).toEqual([
      { quote: '0.5 percentage points', values: { number: 0.5, unit: 'percentage points' } },
      { quote: '3.2%', values: { number: 3.2, unit: 'percent' } },
    ]);
    expect(quantities('Rates fell from 4 percent to 2 percentage points.')[0]?.values).not.toHaveProperty(
      'numberMax',
    );
  });

  it('reads counts of things, written-out numbers and vague plurals', () => {
    expect(
      quantities('Some 13,000 soldiers and another 3,500 paratroopers took part.').map((q) => q.quote),
    ).toEqual(['Some 13,000 soldiers', 'another 3,500 paratroopers']);
    expect(quantities('They produce 2.5 million barrels of oil a day.')[0]).toMatchObject({
      quote: '2.5 million barrels of oil',
      values: { number: 2.5e6 },
    });
    expect(quantities('Twenty-five schools were closed.')[0]).toMatchObject({
      values: { number: 25, unit: 'schools' },
    });
    expect(quantities('Thousands of protesters marched.')[0]).toMatchObject({
      quote: 'Thousands of protesters',
      values: { approximate: true, bound: 'lower' },
    });
  });

  it("keeps the minus sign of a negative figure, and a temperature's unit", () => {
    expect(quantities('The low was -5 degrees on Monday.')[0]).toMatchObject({
      quote: '-5 degrees',
      values: { number: -5, unit: 'degrees' },
    });
    expect(quantities('Temperatures fell to \u221212 °C overnight.')[0]).toMatchObject({
      quote: '\u221212 °C',
      values: { number: -12, unit: '°C' },
    });
    expect(quantities('It left a balance of -$3,000 on the account.')[0]).toMatchObject({
      quote: '-$3,000',
      values: { number: -3000, currency: 'USD' },
    });
    expect(quantities('The index dropped -2.5 percent.')[0]).toMatchObject({
      quote: '-2.5 percent',
      values: { number: -2.5, unit: 'percent' },
    });
    expect(quantities('Lows of -5 to -10 °C are expected.')[0]).toMatchObject({
      quote: '-5 to -10 °C',
      values: { number: -5, numberMax: -10, unit: '°C' },
    });
    expect(quantities('It was 40°F at noon.')[0]).toMatchObject({ quote: '40°F', values: { number: 40 } });
    const low = extractClaims('The low was -5 degrees on Monday.').claims.find((c) => c.kind === 'date');
    expect(low?.text).toBe('The low was … on Monday.');
  });

  it('keeps the sign of "minus", a plus, an en dash or U+2212 typed as a minus', () => {
    expect(quantities('It was minus 5 degrees at dawn.')[0]).toMatchObject({
      quote: 'minus 5 degrees',
      values: { number: -5, unit: 'degrees' },
    });
    expect(quantities('Temperatures hit minus twelve degrees.')[0]).toMatchObject({
      quote: 'minus twelve degrees',
      values: { number: -12 },
    });
    expect(quantities('It was about minus 5 degrees.')[0]).toMatchObject({
      quote: 'about minus 5 degrees',
      values: { number: -5, hedge: 'about' },
    });
    expect(quantities('Shares closed +5% on Monday.')[0]).toMatchObject({
      quote: '+5%',
      values: { number: 5, unit: 'percent' },
    });
    expect(quantities('The low was \u20135 degrees.')[0]).toMatchObject({
      quote: '\u20135 degrees',
      values: { number: -5, unit: 'degrees' },
    });
    expect(quantities('Lows of \u22125 °C were recorded.')[0]).toMatchObject({
      quote: '\u22125 °C',
      values: { number: -5, unit: '°C' },
    });
    expect(quantities('Lows of \u20135 to \u201310 °C are expected.')[0]).toMatchObject({
      quote: '\u20135 to \u201310 °C',
      values: { number: -5, numberMax: -10, unit: '°C' },
    });
  });

  it('reads "minus" in German too', () => {
    const text = 'Nachts fiel die Temperatur auf minus 12 Grad.';
    const found = findQuantities({ text, start: 0, end: text.length }, GERMAN)[0];
    expect(found && text.slice(found.start, found.end)).toBe('minus 12 Grad');
    expect(found?.values).toMatchObject({ number: -12, unit: 'Grad' });
  });

  it('reads a dash or "minus" after a number as a range or a subtraction, not a sign', () => {
    expect(quantities('Prices rose 10\u201320 percent.')[0]).toMatchObject({
      quote: '10\u201320 percent',
      values: { number: 10, numberMax: 20 },
    });
    expect(quantities('Some 10 \u201320 percent said no.')[0]?.values).toMatchObject({
      number: 10,
      numberMax: 20,
    });
    expect(quantities('Read pages 5\u20137 of the report on 40 \u201330 tanks.')).toEqual([
      expect.objectContaining({ values: expect.objectContaining({ number: 40, numberMax: 30 }) }),
    ]);
    expect(quantities('The COVID\u201319 wards had 300 beds.')[0]?.values.number).toBe(300);
    expect(
      quantities('Ten minus 5 percent is not a sign.').find((q) => q.values.number === -5),
    ).toBeUndefined();
  });

  it('finds no figure in a telephone number', () => {
    for (const text of [
      'Call 555-123-4567 for tickets.',
      'Call (555) 123-4567 for tickets.',
      'Tickets: 555.123.4567 or 555\u2013123\u20134567.',
      'From abroad, dial +1 555 123 4567 or +44 20 7946 0958.',
    ]) {
      expect(quantities(text), text).toEqual([]);
      expect(
        extractClaims(text).claims.filter((c) => c.kind === 'quantity'),
        text,
      ).toEqual([]);
    }
    expect(quantities('Call (555) 123-4567 and 300 people will come.').map((q) => q.quote)).toEqual([
      '300 people',
    ]);
    // Three digits and a separator alone make no telephone number.
    expect(quantities('The fund lost 555.123 dollars.')[0]?.values.number).toBe(555.123);
    expect(quantities('Some 555-600 people came.')[0]?.values).toMatchObject({ number: 555, numberMax: 600 });
  });

  it('finds no figure in a seven-digit local number after a telephone word, with no noun counted after it', () => {
    for (const text of [
      'For tickets, call 555-1234.',
      'Call 555-1234 for tickets.',
      'Call the box office on 555-1234 or 555\u20131235.',
      'The hotline, 555.1234, is open all night.',
      'Readers can reach the desk by phone at 555-1234.',
      'Tel. 555-1234, fax 555-1299.',
      'Her number: 555-1234.',
      // A word after the number that is no noun counted: still a telephone number.
      'Call 555-1234 anytime.',
      'call 555-1234 anytime',
      'Call 555-1234 now or 555-1299 later.',
    ]) {
      expect(quantities(text), text).toEqual([]);
    }
    expect(quantities('Call 555-1234 and 300 people will come.').map((q) => q.quote)).toEqual(['300 people']);
  });

  it('keeps three digits and four joined by a dash a range without a telephone word, or with a noun counted', () => {
    expect(quantities('Some 300-1200 soldiers crossed.')[0]?.values).toMatchObject({
      number: 300,
      numberMax: 1200,
      unit: 'soldiers',
    });
    expect(quantities('See pages 555-1234 of the report.')[0]?.values).toMatchObject({
      number: 555,
      numberMax: 1234,
    });
    expect(quantities('The hotline took 300-1200 calls a day.')[0]?.values).toMatchObject({
      number: 300,
      numberMax: 1200,
      unit: 'calls',
    });
    expect(quantities('The ministry will call up 300-1200 reservists.')[0]?.values).toMatchObject({
      number: 300,
      numberMax: 1200,
      unit: 'reservists',
    });
    expect(quantities('The hotline took 300-1200 police officers.')[0]?.values).toMatchObject({
      number: 300,
      numberMax: 1200,
      unit: 'police officers',
    });
  });

  it('reads a hyphen between words or figures as a joint, not a minus sign', () => {
    expect(quantities('Some 10-20 percent of voters stayed home.')[0]).toMatchObject({
      quote: 'Some 10-20 percent',
      values: { number: 10, numberMax: 20 },
    });
    expect(quantities('Prices rose from 10 to 20 percent.')[0]?.values).toMatchObject({
      number: 10,
      numberMax: 20,
    });
    expect(quantities('COVID-19 killed 3,000 people in the first wave.')[0]).toMatchObject({
      quote: '3,000 people',
      values: { number: 3000 },
    });
  });

  it('ends what is counted at a preposition, so the unit never takes in a date', () => {
    expect(
      quantities('The agency will add 150 new buses between October 1 and December 31.')[0],
    ).toMatchObject({
      quote: '150 new buses',
      values: { number: 150, unit: 'new buses' },
    });
    expect(quantities('Some 300 people across Europe signed.')[0]?.values.unit).toBe('people');
  });

  it('notes the whole a part is said to belong to', () => {
    expect(quantities('300 of the 250 delegates voted.')[0]?.values).toMatchObject({
      number: 300,
      whole: 250,
    });
  });

  it('skips times, ordinals and versions', () => {
    expect(quantities('The vote is at 5:30 pm on the 3rd floor, version 2.1.4.')).toEqual([]);
  });
});
