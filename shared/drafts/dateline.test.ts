import { describe, expect, it } from 'vitest';
import { datelineDate, metadataDay } from './dateline';

describe('datelineDate', () => {
  it('reads the dateline that opens a story', () => {
    expect(datelineDate('Council votes\n\nPORT ELLIS, March 3, 2023 — The council voted on Thursday.')).toBe(
      '2023-03-03',
    );
    expect(datelineDate('PORT ELLIS, Ruritania, Sept. 21, 2022 – Talks resumed.')).toBe('2022-09-21');
    expect(datelineDate('LONDON, 3 March 2023 (Reuters) - Prices rose.')).toBe('2023-03-03');
    expect(datelineDate('Port Ellis, Mar 3rd, 2023: Prices rose.')).toBe('2023-03-03');
    expect(datelineDate('March 3, 2023 — Prices rose last year.')).toBe('2023-03-03');
    expect(datelineDate('Headline\nStandfirst here.\nBy Ana Lee\n\nGENEVA (AP), 2021-11-30 — Talks.')).toBe(
      '2021-11-30',
    );
  });

  it('gives nothing for dates without a year, impossible days, or dates further down the story', () => {
    expect(datelineDate('LONDON, March 3 (Reuters) - Prices rose.')).toBeUndefined();
    expect(datelineDate('PORT ELLIS, February 30, 2023 — Talks.')).toBeUndefined();
    expect(datelineDate('The council met on March 3, 2023 — a Friday — to vote.')).toBeUndefined();
    const late = `${'Paragraph.\n'.repeat(8)}PORT ELLIS, March 3, 2023 — Talks.`;
    expect(datelineDate(late)).toBeUndefined();
    expect(datelineDate('')).toBeUndefined();
  });
});

describe('metadataDay', () => {
  it('keeps the day the publisher wrote, time and zone aside', () => {
    expect(metadataDay('2022-03-10')).toBe('2022-03-10');
    expect(metadataDay('2022-03-10T23:30:00-05:00')).toBe('2022-03-10');
    expect(metadataDay(' 2022-03-10 08:00')).toBe('2022-03-10');
    expect(metadataDay('2022-13-10')).toBeUndefined();
    expect(metadataDay('10/03/2022')).toBeUndefined();
    expect(metadataDay(undefined)).toBeUndefined();
  });
});
