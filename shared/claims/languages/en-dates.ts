/** English date forms: "February 10 to 20", "mid-February", "last Tuesday", "three years ago". */
import type { DatePoint, DateForm } from '../date-forms';
import type { DateTables } from './tables';
import { form, num, daysOf } from '../date-forms';
import { monthNumber, WEEKDAYS } from '../calendar';
import { parseEnglishNumberWords as parseNumberWords } from './en-numbers';
import { EN_TENSE } from './en-tense';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const TO = '\\s?(?:-|–|—|to|and|until|till|through|thru)\\s?';
const PART = '(?:mid|early|late|the end of|the beginning of|the start of|the middle of)';
const NUM =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)';

function part(word: string | undefined): DatePoint['part'] {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w.startsWith('mid') || w.includes('middle')) return 'mid';
  if (w.startsWith('early') || w.includes('beginning') || w.includes('start')) return 'early';
  return 'late';
}

const month = (text: string | undefined): number | undefined => (text ? monthNumber(text) : undefined);
const weekdayOf = (text: string | undefined): number | undefined =>
  text ? WEEKDAYS.indexOf(text.toLowerCase()) : undefined;

/** The forms, tried all; the longest match wins where they overlap. */
const FORMS: readonly DateForm[] = [
  // February 10 to 20(, 2022)
  form(`(?:from |between )?(${MONTH}) (${DAY})(?:,? (${YEAR}))?${TO}(${DAY})(?:,? (${YEAR}))?`, (m) => ({
    from: { m: month(m[1]), d: num(m[2]), y: num(m[3] ?? m[5]) },
    to: { m: month(m[1]), d: num(m[4]), y: num(m[5] ?? m[3]) },
  })),
  // February 25 to March 3(, 2022)
  form(
    `(?:from |between )?(${MONTH}) (${DAY})(?:,? (${YEAR}))?${TO}(${MONTH}) (${DAY})(?:,? (${YEAR}))?`,
    (m) => ({
      from: { m: month(m[1]), d: num(m[2]), y: num(m[3] ?? m[6]) },
      to: { m: month(m[4]), d: num(m[5]), y: num(m[6] ?? m[3]) },
    }),
  ),
  // 10 to 20 February (2022), 25 February to 3 March
  form(`(?:from |between )?(${DAY})(?: (${MONTH}))?${TO}(${DAY}) (${MONTH})(?:,? (${YEAR}))?`, (m) => ({
    from: { d: num(m[1]), m: month(m[2] ?? m[4]), y: num(m[5]) },
    to: { d: num(m[3]), m: month(m[4]), y: num(m[5]) },
  })),
  // from March to May 2020
  form(`(?:from |between )?(${MONTH})${TO}(${MONTH})(?:,? (${YEAR}))?`, (m) => ({
    from: { m: month(m[1]), y: num(m[3]) },
    to: { m: month(m[2]), y: num(m[3]) },
  })),
  // from 2010 to 2015, 2019-20
  form(`(?:from |between )?(${YEAR})(?:${TO})(${YEAR}|\\d\\d)`, (m) => {
    const a = num(m[1]) as number;
    let b = num(m[2]) as number;
    if (b < 100) b += Math.floor(a / 100) * 100;
    return b > a ? { from: { y: a }, to: { y: b } } : undefined;
  }),
  // Thursday, January 13, 2022 / 13 January 2022 / the 13th of January
  form(`(?:(${WEEKDAY}),? )?(?:the )?(${DAY})(?: of)? (${MONTH}),?(?: (${YEAR}))?`, (m) => ({
    from: { weekday: weekdayOf(m[1]), d: num(m[2]), m: month(m[3]), y: num(m[4]) },
  })),
  form(`(?:(${WEEKDAY}),? )?(${MONTH}) (${DAY})(?:,? (${YEAR}))?`, (m) => ({
    from: { weekday: weekdayOf(m[1]), m: month(m[2]), d: num(m[3]), y: num(m[4]) },
  })),
  // mid-February 2022, March 2020, early March
  form(`(?:(${PART})[- ](?:of )?)?(${MONTH}),? (${YEAR})`, (m) => ({
    from: { part: part(m[1]), m: month(m[2]), y: num(m[3]) },
  })),
  form(`(${PART})[- ](?:of )?(${MONTH})`, (m) => ({ from: { part: part(m[1]), m: month(m[2]) } })),
  form(
    `(?<=\\b(?:in|since|by|until|before|after|during|from|through|last|next|this|of) )(${MONTH})`,
    (m) => ({
      from: { m: month(m[1]) },
    }),
  ),
  // mid-2019, the late 1990s, the 1980s
  form(`(${PART})[- ](?:of )?(${YEAR})`, (m) => ({ from: { part: part(m[1]), y: num(m[2]) } })),
  form(`(?:the )?(?:(early|mid|late)[- ])?((?:1[5-9]|20)\\d0)s`, (m) => ({
    from: { y: num(m[2]), decade: true, part: part(m[1]) },
  })),
  // in 2019, since 2014, the 2016 election
  form(
    `(?<=\\b(?:in|since|by|until|before|after|during|from|through|throughout|of|for|as of|the|its|early|late) )(${YEAR})`,
    (m) => ({ from: { y: num(m[1]) } }),
    'giu',
  ),
  form(`^(${YEAR})(?=,? )`, (m) => ({ from: { y: num(m[1]) } })),
  // 2021-03-04, 3/4/2021
  form(`(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])`, (m) => ({
    from: { y: num(m[1]), m: num(m[2]), d: num(m[3]) },
  })),
  form(`(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})`, (m) => {
    let a = num(m[1]) as number;
    let b = num(m[2]) as number;
    if (a > 12) [a, b] = [b, a]; // 25/12/2021 is day first
    return a <= 12 && b <= 31 ? { from: { m: a, d: b, y: num(m[3]) } } : undefined;
  }),
  // on Thursday, last Tuesday, next Monday morning
  form(
    `(?:(last|next|this|past|coming) )?(${WEEKDAY})(?:'s)?(?: (?:morning|afternoon|evening|night))?`,
    (m) => {
      const which = m[1]?.toLowerCase();
      const offset =
        which === 'next' || which === 'coming' ? 1 : which === 'last' || which === 'past' ? -1 : 0;
      return { from: { weekday: weekdayOf(m[2]), relative: { unit: 'day', offset } } };
    },
  ),
  // today, yesterday, last week, next month, earlier this year, three years ago
  form(
    `\\b(today|tonight|yesterday|tomorrow|(?:last|next|this|past|coming|previous|earlier this|later this) (?:week|weekend|month|year))`,
    (m) => {
      const w = (m[1] as string).toLowerCase();
      if (w === 'today' || w === 'tonight') return { from: { relative: { unit: 'day', offset: 0 } } };
      if (w === 'yesterday') return { from: { relative: { unit: 'day', offset: -1 } } };
      if (w === 'tomorrow') return { from: { relative: { unit: 'day', offset: 1 } } };
      const unit = (w.endsWith('weekend') ? 'week' : w.split(' ').pop()) as 'week' | 'month' | 'year';
      const offset = /^(?:next|coming)/.test(w) ? 1 : /^(?:last|past|previous)/.test(w) ? -1 : 0;
      return { from: { relative: { unit, offset } } };
    },
    'giu',
  ),
  form(
    `\\b(${NUM}) (day|week|month|year)s? ago`,
    (m) => {
      const n = /^\d+$/.test(m[1] as string) ? Number(m[1]) : (parseNumberWords(m[1] as string) ?? 1);
      return { from: { relative: { unit: m[2] as 'day' | 'week' | 'month' | 'year', offset: -n } } };
    },
    'giu',
  ),
];

/** A span of time said in words: "for ten days", "a 10-day". */
const DURATION = `(?:for |over |lasting |during |a period of )?(${NUM}|\\d+)[ -](days?|weeks?|nights?|months?|years?)`;

export const EN_DATES: DateTables = {
  hint: /January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Sept?\.|Oct\.|Nov\.|Dec\.|day\b|\b(?:1[5-9]|20)\d\d|week|month|year|tonight|ago\b/i,
  forms: FORMS,
  leadIn:
    /(?:^|[^\p{L}])((?:on|in|since|from|by|until|till|before|after|during|through|throughout|as of|as early as|starting|beginning|between|of|for)\s+)$/iu,
  rangeOpener: /^(?:from|between)\b/i,
  relations: {
    since: 'since',
    until: 'until',
    till: 'till',
    before: 'before',
    after: 'after',
    by: 'by',
    'as of': 'as of',
  },
  durationBefore: new RegExp(`${DURATION},?\\s*$`, 'iu'),
  durationAfter: new RegExp(`^,?\\s*(?:a period of |or |for |lasting )?${DURATION}`, 'iu'),
  durationDays: (count, unit) => {
    const u = unit.toLowerCase().replace(/s$/, '');
    return daysOf(
      count,
      u === 'week' ? 'week' : u === 'month' ? 'month' : u === 'year' ? 'year' : 'day',
      parseNumberWords,
    );
  },
  future: /\b(?:will|shall|is due|are due|scheduled|going to|next)\b/i,
  tense: EN_TENSE,
};
