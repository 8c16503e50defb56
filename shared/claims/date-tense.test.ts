import { describe, it, expect } from 'vitest';
import { tenseContext, tenseOfDate } from './date-tense';
import { EN_TENSE } from './languages/en-tense';
import { placeYear } from './calendar';
import { splitSentences } from './sentences';
import { readRepoFile } from '../../test-support/repo-files';

/** The tense of the first place `date` is written in `text`, read with the English cues. */
function tense(text: string, date = 'January 12'): string | undefined {
  const start = text.indexOf(date);
  if (start < 0) throw new Error(`no "${date}" in "${text}"`);
  return tenseOfDate(text, start, start + date.length, EN_TENSE);
}

describe('tenseOfDate', () => {
  it('reads past words around the date: verbs in the past, "ago", "last week"', () => {
    expect(tense('The talks that opened on January 12 stalled.')).toBe('past');
    expect(tense('The vote was on January 12.')).toBe('past');
    expect(tense('On January 12, the ceasefire took place.')).toBe('past');
    expect(tense('Two weeks ago, on January 12, they met.')).toBe('past');
    expect(tense('Prices had risen by January 12.')).toBe('past');
    expect(tense('Was it on January 12 that he resigned?')).toBe('past');
    expect(tense('Inflation peaked last year, on January 12.')).toBe('past');
  });

  it('reads future words: "will", "is set to", "is scheduled", "plans to", "to be held", "upcoming"', () => {
    expect(tense('The talks will open on January 12.')).toBe('future');
    expect(tense('The summit is set to begin on January 12.')).toBe('future');
    expect(tense('The vote is scheduled for January 12.')).toBe('future');
    expect(tense('The company plans to list on January 12.')).toBe('future');
    expect(tense('A meeting to be held on January 12 will decide.')).toBe('future');
    expect(tense('The upcoming vote on January 12 matters.')).toBe('future');
    expect(tense('They are going to strike on January 12.')).toBe('future');
    expect(tense('Next, on January 12, the board meets again.')).toBe('future');
  });

  it('takes a future verb phrase whole: the participle after "will be" is no past cue', () => {
    expect(tense('The final will be held on January 12.')).toBe('future');
    expect(tense('The final will not be played on January 12.')).toBe('future');
  });

  it('goes by the last cue before the date when there is one, else by the first after it', () => {
    expect(tense('The talks that opened on January 12 will resume next week.')).toBe('past');
    expect(tense('Officials said the talks will resume on January 12.')).toBe('future');
  });

  it('leaves the date undecided with no cue, or when the nearest cue moves or hedges it', () => {
    expect(tense('Talks open on January 12.')).toBeUndefined();
    expect(tense('The summit runs on January 12 in Doha.')).toBeUndefined();
    expect(tense('The vote was postponed to January 12.')).toBeUndefined();
    expect(tense('He said the talks would open on January 12.')).toBeUndefined();
    expect(tense('The festival is being held on January 12.')).toBeUndefined();
  });

  it('reads the tense in the clause the date stands in, or the sentence when the clause is little more', () => {
    expect(tense('Talks open on January 12, the ministry said.')).toBeUndefined();
    expect(tense('On January 12, the board voted.')).toBe('past');
    expect(tenseContext('Talks open on January 12, the ministry said.', 9, 23)).toBe(
      'Talks open on January 12',
    );
  });

  it('counts a verb in -ed only close to the date, and not words in -ed that are not verbs', () => {
    expect(tense('The plant reopened on January 12.')).toBe('past');
    expect(tense('On January 12 the plant finally reopened.')).toBe('past');
    expect(
      tense('A proposal the union drafted for its members and all of their families opens on January 12.'),
    ).toBeUndefined();
    expect(tense('A hundred people gather on January 12.')).toBeUndefined();
    expect(tense('Ahmed speaks on January 12.')).toBeUndefined();
  });

  it('reads a past form right after an article or possessive as an adjective, which tells no tense', () => {
    expect(tense('The elected council meets on January 12.')).toBeUndefined();
    expect(tense('A revised timetable takes effect on January 12.')).toBeUndefined();
    expect(tense('Its amended budget passes on January 12.')).toBeUndefined();
    expect(tense('The newly elected council meets on January 12.')).toBeUndefined();
    expect(tense('The state-owned airline resumes flights on January 12.')).toBeUndefined();
    expect(tense('The lost city reopens to visitors on January 12.')).toBeUndefined();
    expect(tense('The postponed talks will open on January 12.')).toBe('future');
    expect(tense('The elected council will meet on January 12.')).toBe('future');
    // The cue before it is read instead: "opened" is the verb, "disputed" an adjective.
    expect(tense('The talks opened near the disputed border on January 12.')).toBe('past');
  });

  it('reads the present verb nearest before the date, not a reporting verb in the past before its clause', () => {
    expect(tense('The board said the elected council meets on January 12.')).toBeUndefined();
    expect(tense('Officials told reporters the museum reopens on January 12.')).toBeUndefined();
    expect(tense('He said the vote is on January 12.')).toBeUndefined();
    expect(tense('The ministry said the new rule takes effect on January 12.')).toBeUndefined();
    expect(tense('The board said the council will meet on January 12.')).toBe('future');
    // A past verb nearer the date still decides; so does one after it when no verb stands before.
    expect(tense('The board says the council met on January 12.')).toBe('past');
    expect(tense('He said that it is the plant that reopened on January 12.')).toBe('past');
    expect(tense('On January 12, the board voted.')).toBe('past');
    // With no cue before it, a present verb is no cue: the one after the date is read, as before.
    expect(tense('Is it true that on January 12 the board voted?')).toBe('past');
    expect(tense('The summit opens on January 12.')).toBeUndefined();
  });

  it('still reads a past verb in -ed after a noun, a relative or a pronoun', () => {
    expect(tense('The talks that opened on January 12 stalled.')).toBe('past');
    expect(tense('The council elected its mayor on January 12.')).toBe('past');
    expect(tense('The assembly voted on January 12.')).toBe('past');
    expect(tense('This changed on January 12.')).toBe('past');
    expect(tense('Some fled on January 12.')).toBe('past');
    expect(tense('The laws people like her passed on January 12 stand.')).toBe('past');
    expect(tense('The mayor, who was re-elected on January 12, resigned.')).toBe('past');
  });
});

/** The clause a date's tense was read in before it was read character by character: the reference. */
function clauseByPattern(s: string, start: number, end: number): string {
  const brk = /[,;:\u2013\u2014()]/;
  let from = start;
  while (from > 0 && !brk.test(s[from - 1] as string)) from--;
  let to = end;
  while (to < s.length && !brk.test(s[to] as string)) to++;
  const others = `${s.slice(from, start)} ${s.slice(end, to)}`
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  return others.length >= 2 ? s.slice(from, to) : s;
}

describe('tenseContext', () => {
  it('is the clause the patterns gave, for every word of every sample sentence taken as the date', () => {
    const names = [
      'nato-belarus-2022.txt',
      ...['de-nato', 'es-otan', 'fr-otan', 'mixed'].map((n) => `languages/${n}-2022.txt`),
    ];
    let compared = 0;
    for (const name of names) {
      const text = readRepoFile(`resources/samples/${name}`);
      for (const span of splitSentences(text, [])) {
        const s = text.slice(span.start, span.end);
        for (const w of s.matchAll(/\S+/g)) {
          const start = w.index;
          const end = start + w[0].length;
          expect(tenseContext(s, start, end), `${name}: ${w[0]} in ${s}`).toBe(
            clauseByPattern(s, start, end),
          );
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('reads no cue further than its reach from the date', () => {
    const far = `The board said${' that the committee and its many members in the regions'.repeat(3)} meet on January 12.`;
    expect(tense(far)).toBeUndefined();
  });
});

describe('placeYear', () => {
  const dec20 = { y: 2022, m: 12, d: 20 };
  const day = (d: number) => ({ first: d, last: d, day: d });

  it('puts a past day on or before the document date, a future one on or after, else the nearest', () => {
    expect(placeYear(1, day(12), dec20, 'past')).toBe(2022);
    expect(placeYear(1, day(12), dec20, undefined)).toBe(2023);
    expect(placeYear(12, day(20), dec20, 'past')).toBe(2022);
    expect(placeYear(12, day(21), dec20, 'past')).toBe(2021);
    expect(placeYear(12, day(20), dec20, 'future')).toBe(2022);
    expect(placeYear(12, day(19), dec20, 'future')).toBe(2023);
    expect(placeYear(6, day(1), dec20, 'future')).toBe(2023);
  });

  it('places a month by its days: a past one begun by then, a future one not yet over', () => {
    const month = { first: 1, last: 31, day: 15 };
    expect(placeYear(12, month, dec20, 'past')).toBe(2022);
    expect(placeYear(12, month, dec20, 'future')).toBe(2022);
    expect(placeYear(12, { first: 1, last: 10, day: 15 }, dec20, 'future')).toBe(2023);
    expect(placeYear(12, { first: 21, last: 31, day: 15 }, dec20, 'past')).toBe(2021);
  });
});
