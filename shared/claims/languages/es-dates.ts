/** Spanish date forms: "del 10 al 20 de febrero", "mediados de 2019", "el jueves pasado", "hace tres años". */
import type { DateForm, DatePoint } from '../date-forms';
import type { DateTables } from './tables';
import { daysOf, form, num, YEAR } from '../date-forms';
import { calendarNames, monthOf, weekdayOf } from './intl-names';
import { ES_NUMBERS } from './es-numbers';

const NAMES = calendarNames('es', { months: { setiembre: 9 } });
const MONTH = NAMES.monthSource;
const WEEKDAY = NAMES.weekdaySource;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:\\.?[ºª]|ro)?';
const DE_YEAR = `(?:,? de(?:l)? (${YEAR}))?`;
const PART = '(?:a |hacia |desde |hasta )?(?:mediados|principios|comienzos|inicios|finales|fines)';
const NUM =
  '(?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta)';
const TO = '(?: al | a | hasta el | y el | y |\\s?[-–]\\s?)';

function part(word: string | undefined): DatePoint['part'] {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w.includes('mediados')) return 'mid';
  if (/principios|comienzos|inicios/.test(w)) return 'early';
  return 'late';
}
const month = (t: string | undefined): number | undefined => monthOf(NAMES, t);
const weekday = (t: string | undefined): number | undefined => weekdayOf(NAMES, t);
const unitOf = (word: string): 'day' | 'week' | 'month' | 'year' => {
  const w = word.toLowerCase();
  return w.startsWith('semana')
    ? 'week'
    : w.startsWith('mes')
      ? 'month'
      : w.startsWith('año')
        ? 'year'
        : 'day';
};

const FORMS: readonly DateForm[] = [
  // del 10 al 20 de febrero (de 2022), entre el 10 y el 20 de febrero
  form(`(?:del? |desde el |entre el )?(${DAY})${TO}(${DAY}) de (${MONTH})${DE_YEAR}`, (m) => ({
    from: { d: num(m[1]), m: month(m[3]), y: num(m[4]) },
    to: { d: num(m[2]), m: month(m[3]), y: num(m[4]) },
  }), 'giu'),
  // del 25 de febrero al 3 de marzo (de 2022)
  form(`(?:del? |desde el |entre el )?(${DAY}) de (${MONTH})${DE_YEAR}${TO}(${DAY}) de (${MONTH})${DE_YEAR}`, (m) => ({
    from: { d: num(m[1]), m: month(m[2]), y: num(m[3] ?? m[6]) },
    to: { d: num(m[4]), m: month(m[5]), y: num(m[6] ?? m[3]) },
  }), 'giu'),
  // de marzo a mayo de 2020
  form(`(?:de |desde |entre )(${MONTH})(?: a | hasta | y )(${MONTH})${DE_YEAR}`, (m) => ({
    from: { m: month(m[1]), y: num(m[3]) },
    to: { m: month(m[2]), y: num(m[3]) },
  }), 'giu'),
  // de 2010 a 2015, entre 2010 y 2015, 2019-2020
  form(`(?:(?:de |desde |entre )(${YEAR})(?: a | al | hasta | y )|(${YEAR})[-–])(${YEAR}|\\d\\d)`, (m) => {
    const a = num(m[1] ?? m[2]) as number;
    let b = num(m[3]) as number;
    if (b < 100) b += Math.floor(a / 100) * 100;
    return b > a ? { from: { y: a }, to: { y: b } } : undefined;
  }, 'giu'),
  // el jueves 13 de enero de 2022, 13 de enero
  form(`(?:(${WEEKDAY}),? )?(${DAY}) de (${MONTH})${DE_YEAR}`, (m) => ({
    from: { weekday: weekday(m[1]), d: num(m[2]), m: month(m[3]), y: num(m[4]) },
  }), 'giu'),
  // mediados de febrero de 2022, febrero de 2022
  form(`(?:(${PART}) de )?(${MONTH}),? de(?:l)? (${YEAR})`, (m) => ({
    from: { part: part(m[1]), m: month(m[2]), y: num(m[3]) },
  }), 'giu'),
  form(`(${PART}) de (${MONTH})`, (m) => ({ from: { part: part(m[1]), m: month(m[2]) } }), 'giu'),
  form(`(?<=(?:^|[^\\p{L}])(?:en|desde|hasta|durante|antes de|después de|a partir de) )(${MONTH})`, (m) => ({
    from: { m: month(m[1]) },
  }), 'giu'),
  // mediados de 2019, la década de 1990, los años noventa (not read)
  form(`(${PART}) de(?:l)? (${YEAR})`, (m) => ({ from: { part: part(m[1]), y: num(m[2]) } }), 'giu'),
  form(`(?:(${PART}) de )?la década de (?:los )?((?:1[5-9]|20)\\d0)`, (m) => ({
    from: { y: num(m[2]), decade: true, part: part(m[1]) },
  }), 'giu'),
  // en 2019, desde 2014
  form(`(?<=(?:^|[^\\p{L}])(?:en|desde|hasta|de|del|durante|para|año|el) )(${YEAR})`, (m) => ({
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
  // el jueves, el pasado martes, el lunes próximo
  form(`(?:(?:el|este) )?(?:(pasado|próximo) )?(${WEEKDAY})(?: (pasado|próximo|que viene))?`, (m) => {
    const which = (m[1] ?? m[3])?.toLowerCase();
    const offset = which === 'pasado' ? -1 : which ? 1 : 0;
    return { from: { weekday: weekday(m[2]), relative: { unit: 'day', offset } } };
  }, 'giu'),
  // hoy, ayer, mañana (not "esta mañana", "la mañana")
  form(`(?<![\\p{L}])(hoy|ayer|anteayer|(?<!(?:la|esta|una|por la|cada) )mañana)`, (m) => {
    const w = (m[1] as string).toLowerCase();
    const offset = w === 'hoy' ? 0 : w === 'ayer' ? -1 : w === 'anteayer' ? -2 : 1;
    return { from: { relative: { unit: 'day', offset } } };
  }, 'giu'),
  // la semana pasada, el próximo mes, el año que viene, este año
  form(
    `(?<![\\p{L}])(?:(?:la|el) (?:(próxim[oa]|pasad[oa]) )?(semana|mes|año)(?: (pasad[oa]|que viene|próxim[oa]|anterior))?|(?:este|esta) (semana|mes|año))`,
    (m) => {
      const which = (m[1] ?? m[3])?.toLowerCase();
      const unit = unitOf((m[2] ?? m[4]) as string) as 'week' | 'month' | 'year';
      if (m[4]) return { from: { relative: { unit, offset: 0 } } };
      if (!which) return undefined;
      const offset = /pasad|anterior/.test(which) ? -1 : 1;
      return { from: { relative: { unit, offset } } };
    },
    'giu',
  ),
  // hace tres años
  form(`(?<![\\p{L}])hace (${NUM}) (días?|semanas?|mes(?:es)?|años?)`, (m) => {
    const n = /^\d+$/.test(m[1] as string) ? Number(m[1]) : (ES_NUMBERS.parseWords(m[1] as string) ?? 1);
    return { from: { relative: { unit: unitOf(m[2] as string), offset: -n } } };
  }, 'giu'),
]; // prettier-ignore

const DURATION = `(?:durante |por |a lo largo de )?(${NUM}) (días?|semanas?|noches?|mes(?:es)?|años?)`;

export const ES_DATES: DateTables = {
  hint: /\d|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|ayer|mañana|semana|mes|año|mediados|principios|comienzos|inicios|finales|fines|década|hace/i,
  forms: FORMS,
  leadIn: /(?:^|[^\p{L}])((?:el|en|desde|hasta|antes del?|después del?|durante|a partir del?|para)\s+)$/iu,
  rangeOpener: /^(?:del?|desde|entre)(?![\p{L}])/iu,
  relations: {
    desde: 'since', hasta: 'until', 'antes de': 'before', 'antes del': 'before', 'después de': 'after',
    'después del': 'after', 'a partir de': 'since', 'a partir del': 'since', para: 'by',
  }, // prettier-ignore
  durationBefore: new RegExp(`${DURATION},?\\s*$`, 'iu'),
  durationAfter: new RegExp(`^,?\\s*(?:o |durante |por )?${DURATION}`, 'iu'),
  durationDays: (count, unit) => daysOf(count, unitOf(unit), ES_NUMBERS.parseWords),
  future:
    /(?<![\p{L}])(?:será|serán|va a|van a|próxim[oa]s?|prevé|previst[oa]s?|\p{L}{2,}rá|\p{L}{2,}rán)(?![\p{L}])/iu,
};
