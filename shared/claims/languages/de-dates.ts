/** German date forms: "vom 10. bis 20. Februar", "Mitte Februar", "letzten Donnerstag", "vor drei Jahren". */
import type { DateForm, DatePoint } from '../date-forms';
import type { DateTables } from './tables';
import { daysOf, form, num, YEAR } from '../date-forms';
import { calendarNames, monthOf, weekdayOf } from './intl-names';
import { DE_NUMBERS } from './de-numbers';

export const DE_NAMES = calendarNames('de', { months: { jänner: 1, 'sept.': 9, 'febr.': 2 } });
const MONTH = DE_NAMES.monthSource;
const WEEKDAY = DE_NAMES.weekdaySource;
/** A day with its ordinal stop: "10." */
const DAY = '([12]\\d|3[01]|0?[1-9])\\.';
const YR = `(?: (${YEAR}))?`;
const PART = '(Mitte|Anfang|Ende|Beginn|zu Beginn|Mitte des Monats)';
const NUM =
  '(?:\\d+|ein|einen|einem|einer|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig)';
const TO = '(?: bis (?:zum )?| und (?:dem )?|\\s?[-–]\\s?)';

function part(word: string | undefined): DatePoint['part'] {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w.startsWith('mitte')) return 'mid';
  if (w.startsWith('anfang') || w.includes('beginn')) return 'early';
  return 'late';
}
const month = (t: string | undefined): number | undefined => monthOf(DE_NAMES, t);
const weekday = (t: string | undefined): number | undefined => weekdayOf(DE_NAMES, t);
const unitOf = (word: string): 'day' | 'week' | 'month' | 'year' => {
  const w = word.toLowerCase();
  return w.startsWith('woche')
    ? 'week'
    : w.startsWith('monat')
      ? 'month'
      : w.startsWith('jahr')
        ? 'year'
        : 'day';
};

const FORMS: readonly DateForm[] = [
  // vom 10. bis 20. Februar (2022), zwischen dem 10. und 20. Februar
  form(`(?:vom |von |zwischen dem )?${DAY}${TO}${DAY} (${MONTH})${YR}`, (m) => ({
    from: { d: num(m[1]), m: month(m[3]), y: num(m[4]) },
    to: { d: num(m[2]), m: month(m[3]), y: num(m[4]) },
  }), 'giu'),
  // vom 25. Februar bis 3. März (2022)
  form(`(?:vom |von |zwischen dem )?${DAY} (${MONTH})${YR}${TO}${DAY} (${MONTH})${YR}`, (m) => ({
    from: { d: num(m[1]), m: month(m[2]), y: num(m[3] ?? m[6]) },
    to: { d: num(m[4]), m: month(m[5]), y: num(m[6] ?? m[3]) },
  }), 'giu'),
  // von März bis Mai 2020
  form(`(?:von |zwischen )(${MONTH})(?: bis | und )(${MONTH})${YR}`, (m) => ({
    from: { m: month(m[1]), y: num(m[3]) },
    to: { m: month(m[2]), y: num(m[3]) },
  }), 'giu'),
  // von 2010 bis 2015, zwischen 2010 und 2015, 2019-2020
  form(`(?:(?:von |zwischen )(${YEAR})(?: bis | und )|(${YEAR})[-–])(${YEAR}|\\d\\d)`, (m) => {
    const a = num(m[1] ?? m[2]) as number;
    let b = num(m[3]) as number;
    if (b < 100) b += Math.floor(a / 100) * 100;
    return b > a ? { from: { y: a }, to: { y: b } } : undefined;
  }, 'giu'),
  // Donnerstag, 13. Januar 2022; am 13. Januar
  form(`(?:(${WEEKDAY}),? (?:den |dem )?)?${DAY} (${MONTH})${YR}`, (m) => ({
    from: { weekday: weekday(m[1]), d: num(m[2]), m: month(m[3]), y: num(m[4]) },
  }), 'giu'),
  // Mitte Februar 2022, Februar 2022, Mitte Februar, im Februar
  form(`(?:${PART} )?(${MONTH}) (${YEAR})`, (m) => ({
    from: { part: part(m[1]), m: month(m[2]), y: num(m[3]) },
  }), 'giu'),
  form(`${PART} (${MONTH})`, (m) => ({ from: { part: part(m[1]), m: month(m[2]) } }), 'giu'),
  form(`(?<=(?:^|[^\\p{L}])(?:im|seit|bis|ab|vor|nach|Monat) )(${MONTH})`, (m) => ({ from: { m: month(m[1]) } }), 'giu'),
  // Mitte 2019, die 1990er Jahre
  form(`${PART} (${YEAR})`, (m) => ({ from: { part: part(m[1]), y: num(m[2]) } }), 'giu'),
  form(`(?:${PART} der )?((?:1[5-9]|20)\\d0)er(?:[- ]Jahren?)?`, (m) => ({
    from: { y: num(m[2]), decade: true, part: part(m[1]) },
  }), 'giu'),
  // im Jahr 2019, seit 2014
  form(`(?<=(?:^|[^\\p{L}])(?:im Jahre?|in|seit|bis|von|ab|vor|nach|Jahr|aus|Ende|Anfang) )(${YEAR})`, (m) => ({
    from: { y: num(m[1]) },
  }), 'giu'),
  // 2021-03-04, 4.3.2021, 4/3/2021 (day first)
  form(`(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])`, (m) => ({
    from: { y: num(m[1]), m: num(m[2]), d: num(m[3]) },
  })),
  form(`(?<![\\d./])(\\d{1,2})[./](\\d{1,2})[./](${YEAR})`, (m) => {
    const d = num(m[1]) as number;
    const mo = num(m[2]) as number;
    return mo <= 12 && d <= 31 ? { from: { d, m: mo, y: num(m[3]) } } : undefined;
  }),
  // am Donnerstag, letzten Donnerstag, kommenden Montag, Donnerstagabend
  form(`(?:(letzten|vergangenen|vorigen|kommenden|nächsten|diesen) )?(${WEEKDAY})(?:abend|morgen|nachmittag|vormittag|nacht)?`, (m) => {
    const which = m[1]?.toLowerCase();
    const offset = which === 'kommenden' || which === 'nächsten' ? 1 : which && which !== 'diesen' ? -1 : 0;
    return { from: { weekday: weekday(m[2]), relative: { unit: 'day', offset } } };
  }, 'giu'),
  // heute, gestern, morgen (lower case: "am Morgen" is the morning)
  form(`(?<![\\p{L}])([Hh]eute|[Gg]estern|[Vv]orgestern|[Üü]bermorgen|(?<!(?:am|den|jeden|frühen) )morgen)`, (m) => {
    const w = (m[1] as string).toLowerCase();
    const offset = w === 'heute' ? 0 : w === 'gestern' ? -1 : w === 'vorgestern' ? -2 : w === 'morgen' ? 1 : 2;
    return { from: { relative: { unit: 'day', offset } } };
  }, 'gu'),
  // letzte Woche, im vergangenen Monat, nächstes Jahr, in diesem Jahr, im Vorjahr
  form(
    `(?<![\\p{L}])(?:(letzte[nrs]?|vergangene[nrs]?|vorige[nrs]?|nächste[nrs]?|kommende[nrs]?|diese[nrs]?) (Woche|Monat|Jahr)|im (Vorjahr|Vormonat))`,
    (m) => {
      if (m[3]) return { from: { relative: { unit: m[3].toLowerCase() === 'vorjahr' ? 'year' : 'month', offset: -1 } } };
      const which = (m[1] as string).toLowerCase();
      const unit = unitOf(m[2] as string) as 'week' | 'month' | 'year';
      const offset = /^(?:nächst|kommend)/.test(which) ? 1 : which.startsWith('dies') ? 0 : -1;
      return { from: { relative: { unit, offset } } };
    },
    'giu',
  ),
  // vor drei Jahren
  form(`(?<![\\p{L}])vor (${NUM}) (Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr)`, (m) => {
    const n = /^\d+$/.test(m[1] as string) ? Number(m[1]) : (DE_NUMBERS.parseWords(m[1] as string) ?? 1);
    return { from: { relative: { unit: unitOf(m[2] as string), offset: -n } } };
  }, 'giu'),
]; // prettier-ignore

const DURATION = `(?:für |über |während )?(${NUM}) (Tage|Tagen|Tag|Wochen|Woche|Nächte|Monate|Monaten|Monat|Jahre|Jahren|Jahr)(?: lang)?`;

export const DE_DATES: DateTables = {
  hint: /\d|januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|gestern|morgen|woche|monat|jahr|mitte|anfang|ende|vorjahr/i,
  forms: FORMS,
  leadIn: /(?:^|[^\p{L}])((?:am|im|seit|ab|bis|bis zum|vor dem|nach dem|während|zum)\s+)$/iu,
  rangeOpener: /^(?:vom|von|zwischen)(?![\p{L}])/iu,
  relations: {
    seit: 'since',
    ab: 'since',
    bis: 'until',
    'bis zum': 'until',
    'vor dem': 'before',
    'nach dem': 'after',
  },
  durationBefore: new RegExp(`${DURATION},?\\s*$`, 'iu'),
  durationAfter: new RegExp(`^,?\\s*(?:also |für )?${DURATION}`, 'iu'),
  durationDays: (count, unit) => daysOf(count, unitOf(unit), DE_NUMBERS.parseWords),
  future:
    /(?<![\p{L}])(?:wird|werden|soll|sollen|kommende[nrs]?|nächste[nrs]?|geplant|voraussichtlich)(?![\p{L}])/iu,
};
