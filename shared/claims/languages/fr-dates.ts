/** French date forms: "du 10 au 20 février", "mi-février", "fin 2019", "jeudi dernier", "il y a trois ans". */
import type { DateForm, DatePoint } from '../date-forms';
import type { DateTables } from './tables';
import { daysOf, form, num, YEAR } from '../date-forms';
import { calendarNames, monthOf, weekdayOf } from './intl-names';
import { FR_NUMBERS } from './fr-numbers';

const NAMES = calendarNames('fr');
const MONTH = NAMES.monthSource;
const WEEKDAY = NAMES.weekdaySource;
const DAY = '(?:1er|[12]\\d|3[01]|0?[1-9])';
const YR = `(?: (${YEAR}))?`;
/** A part of a month or year, with its own trailing hyphen or space: "mi-", "début ", "fin d'". */
const PART =
  "((?:à la |la )?mi-|(?:au |en )?début (?:d['’]|de )?|(?:à la |en )?fin (?:d['’]|de )?|(?:au )?milieu (?:d['’]|de )?)";
const NUM = '(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)';
const TO = '(?: au | à | et le | et |\\s?[-–]\\s?)';

function part(word: string | undefined): DatePoint['part'] {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w.includes('mi-') || w.includes('milieu')) return 'mid';
  if (w.includes('début')) return 'early';
  return 'late';
}
const day = (t: string | undefined): number | undefined => num(t?.replace(/er$/, ''));
const month = (t: string | undefined): number | undefined => monthOf(NAMES, t);
const weekday = (t: string | undefined): number | undefined => weekdayOf(NAMES, t);
const unitOf = (word: string): 'day' | 'week' | 'month' | 'year' => {
  const w = word.toLowerCase();
  return w.startsWith('semaine') ? 'week' : w === 'mois' ? 'month' : /^an/.test(w) ? 'year' : 'day';
};

const FORMS: readonly DateForm[] = [
  // du 10 au 20 février (2022), entre le 10 et le 20 février
  form(`(?:du |entre le )?(${DAY})${TO}(${DAY}) (${MONTH})${YR}`, (m) => ({
    from: { d: day(m[1]), m: month(m[3]), y: num(m[4]) },
    to: { d: day(m[2]), m: month(m[3]), y: num(m[4]) },
  }), 'giu'),
  // du 25 février au 3 mars (2022)
  form(`(?:du |entre le )?(${DAY}) (${MONTH})${YR}${TO}(${DAY}) (${MONTH})${YR}`, (m) => ({
    from: { d: day(m[1]), m: month(m[2]), y: num(m[3] ?? m[6]) },
    to: { d: day(m[4]), m: month(m[5]), y: num(m[6] ?? m[3]) },
  }), 'giu'),
  // de mars à mai 2020
  form(`(?:de |d['’]|entre )(${MONTH})(?: à | et )(${MONTH})${YR}`, (m) => ({
    from: { m: month(m[1]), y: num(m[3]) },
    to: { m: month(m[2]), y: num(m[3]) },
  }), 'giu'),
  // de 2010 à 2015, entre 2010 et 2015, 2019-2020
  form(`(?:(?:de |entre )(${YEAR})(?: à | et )|(${YEAR})[-–])(${YEAR}|\\d\\d)`, (m) => {
    const a = num(m[1] ?? m[2]) as number;
    let b = num(m[3]) as number;
    if (b < 100) b += Math.floor(a / 100) * 100;
    return b > a ? { from: { y: a }, to: { y: b } } : undefined;
  }, 'giu'),
  // jeudi 13 janvier 2022, le 13 janvier
  form(`(?:(${WEEKDAY}),? )?(${DAY}) (${MONTH})${YR}`, (m) => ({
    from: { weekday: weekday(m[1]), d: day(m[2]), m: month(m[3]), y: num(m[4]) },
  }), 'giu'),
  // mi-février 2022, février 2022, fin février
  form(`(?:${PART})?(${MONTH}) (${YEAR})`, (m) => ({
    from: { part: part(m[1]), m: month(m[2]), y: num(m[3]) },
  }), 'giu'),
  form(`${PART}(${MONTH})`, (m) => ({ from: { part: part(m[1]), m: month(m[2]) } }), 'giu'),
  form(`(?<=(?:^|[^\\p{L}])(?:en|depuis|dès|avant|après|pendant|jusqu['’]en|mois de|mois d['’]) )(${MONTH})`, (m) => ({
    from: { m: month(m[1]) },
  }), 'giu'),
  // mi-2019, fin 2019, les années 1990
  form(`${PART}(${YEAR})`, (m) => ({ from: { part: part(m[1]), y: num(m[2]) } }), 'giu'),
  form(`(?:${PART})?(?:les |des )?années ((?:1[5-9]|20)\\d0)`, (m) => ({
    from: { y: num(m[2]), decade: true, part: part(m[1]) },
  }), 'giu'),
  // en 2019, depuis 2014
  form(`(?<=(?:^|[^\\p{L}])(?:en|depuis|dès|de|d['’]ici|jusqu['’]en|avant|après|pendant|année|l['’]an) )(${YEAR})`, (m) => ({
    from: { y: num(m[1]) },
  }), 'giu'),
  // 2021-03-04, 4/3/2021 (day first)
  form(`(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])`, (m) => ({
    from: { y: num(m[1]), m: num(m[2]), d: num(m[3]) },
  })),
  form(`(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(${YEAR})`, (m) => {
    const d = num(m[1]) as number;
    const mo = num(m[2]) as number;
    return mo <= 12 && d <= 31 ? { from: { d, m: mo, y: num(m[3]) } } : undefined;
  }),
  // jeudi, jeudi dernier, lundi prochain, ce mardi
  form(`(?:ce )?(${WEEKDAY})(?: (dernier|prochain|passé))?(?: (?:matin|soir|après-midi))?`, (m) => {
    const which = m[2]?.toLowerCase();
    const offset = which === 'prochain' ? 1 : which ? -1 : 0;
    return { from: { weekday: weekday(m[1]), relative: { unit: 'day', offset } } };
  }, 'giu'),
  // aujourd'hui, hier, demain
  form(`(?<![\\p{L}])(aujourd['’]hui|avant-hier|après-demain|hier|demain)`, (m) => {
    const w = (m[1] as string).toLowerCase();
    const offset = w.startsWith('aujourd') ? 0 : w === 'hier' ? -1 : w === 'avant-hier' ? -2 : w === 'demain' ? 1 : 2;
    return { from: { relative: { unit: 'day', offset } } };
  }, 'giu'),
  // la semaine dernière, le mois prochain, l'an dernier, cette année
  form(
    `(?<![\\p{L}])(?:(?:la |le |l['’])(semaine|mois|an|année) (dernière|dernier|prochaine|prochain|passée|passé)|(?:cette |ce )(semaine|mois|année)(?:-ci)?)`,
    (m) => {
      const unit = unitOf((m[1] ?? m[3]) as string) as 'week' | 'month' | 'year';
      if (m[3]) return { from: { relative: { unit, offset: 0 } } };
      const offset = /^prochain/i.test(m[2] as string) ? 1 : -1;
      return { from: { relative: { unit, offset } } };
    },
    'giu',
  ),
  // il y a trois ans
  form(`(?<![\\p{L}])il y a (${NUM}) (jours?|semaines?|mois|ans|années?)`, (m) => {
    const n = /^\d+$/.test(m[1] as string) ? Number(m[1]) : (FR_NUMBERS.parseWords(m[1] as string) ?? 1);
    return { from: { relative: { unit: unitOf(m[2] as string), offset: -n } } };
  }, 'giu'),
]; // prettier-ignore

const DURATION = `(?:pendant |durant |sur |en )?(${NUM}) (jours?|semaines?|nuits?|mois|ans|années?)`;

export const FR_DATES: DateTables = {
  // Something every form needs: a digit, a month or weekday name, a relative word. (Not a bare "an",
  // "fin" or "mi-", which nearly every French sentence holds: they sent it through all the forms.)
  hint: new RegExp(
    `\\d|${MONTH}|${WEEKDAY}|aujourd|hier|demain|semaine|mois|année|an (?:dern|proch|pass)|il y a`,
    'i',
  ),
  forms: FORMS,
  leadIn:
    /(?:^|[^\p{L}])((?:le|en|depuis|dès|jusqu['’]au|jusqu['’]en|avant le|après le|avant|après|pendant|à partir du|d['’]ici)\s+)$/iu,
  rangeOpener: /^(?:du|de|d['’]|entre)(?![\p{L}])/iu,
  relations: {
    depuis: 'since', dès: 'since', "jusqu'au": 'until', 'jusqu’au': 'until', "jusqu'en": 'until',
    'jusqu’en': 'until', 'avant le': 'before', avant: 'before', 'après le': 'after', après: 'after',
    'à partir du': 'since', "d'ici": 'by', 'd’ici': 'by',
  }, // prettier-ignore
  durationBefore: new RegExp(`${DURATION},?\\s*$`, 'iu'),
  durationAfter: new RegExp(`^,?\\s*(?:soit |pendant |durant )?${DURATION}`, 'iu'),
  durationDays: (count, unit) => daysOf(count, unitOf(unit), FR_NUMBERS.parseWords),
  future: /(?<![\p{L}])(?:sera|seront|va|vont|prochaine?|prévue?s?|\p{L}{2,}ra|\p{L}{2,}ront)(?![\p{L}])/iu,
};
