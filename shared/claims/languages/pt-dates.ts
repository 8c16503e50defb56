/** Portuguese date forms: "de 10 a 20 de fevereiro", "meados de 2019", "na última quinta-feira", "há três anos". */
import type { DateForm, DatePoint } from '../date-forms';
import type { DateTables } from './tables';
import { daysOf, form, num, YEAR } from '../date-forms';
import { calendarNames, monthOf, weekdayOf } from './intl-names';
import { PT_NUMBERS } from './pt-numbers';

const NAMES = calendarNames('pt', {
  weekdays: { segunda: 1, terça: 2, quarta: 3, quinta: 4, sexta: 5 },
});
const MONTH = NAMES.monthSource;
const WEEKDAY = NAMES.weekdaySource;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:\\.?[ºª])?';
const DE_YEAR = `(?:,? de (${YEAR}))?`;
const PART = '(?:em |no |na |a partir de |até )?(?:meados|início|inícios|começo|fins|final|finais|fim)';
const NUM =
  '(?:\\d+|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte|trinta)';
const TO = '(?: a | ao | até | e |\\s?[-–]\\s?)';

function part(word: string | undefined): DatePoint['part'] {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w.includes('meados')) return 'mid';
  if (/início|inícios|começo/.test(w)) return 'early';
  return 'late';
}
const month = (t: string | undefined): number | undefined => monthOf(NAMES, t);
/** A weekday only when it cannot be an ordinal: "quinta-feira", or "quinta" after "na", "nesta", "na última". */
const weekday = (t: string | undefined): number | undefined => weekdayOf(NAMES, t);
const unitOf = (word: string): 'day' | 'week' | 'month' | 'year' => {
  const w = word.toLowerCase();
  return w.startsWith('semana') ? 'week' : /^m[eê]s/.test(w) ? 'month' : w.startsWith('ano') ? 'year' : 'day';
};

const FORMS: readonly DateForm[] = [
  // de 10 a 20 de fevereiro (de 2022), entre 10 e 20 de fevereiro
  form(`(?:de |do dia |desde |entre )?(${DAY})${TO}(${DAY}) de (${MONTH})${DE_YEAR}`, (m) => ({
    from: { d: num(m[1]), m: month(m[3]), y: num(m[4]) },
    to: { d: num(m[2]), m: month(m[3]), y: num(m[4]) },
  }), 'giu'),
  // de 25 de fevereiro a 3 de março (de 2022)
  form(`(?:de |desde |entre )?(${DAY}) de (${MONTH})${DE_YEAR}${TO}(${DAY}) de (${MONTH})${DE_YEAR}`, (m) => ({
    from: { d: num(m[1]), m: month(m[2]), y: num(m[3] ?? m[6]) },
    to: { d: num(m[4]), m: month(m[5]), y: num(m[6] ?? m[3]) },
  }), 'giu'),
  // de março a maio de 2020
  form(`(?:de |desde |entre )(${MONTH})(?: a | até | e )(${MONTH})${DE_YEAR}`, (m) => ({
    from: { m: month(m[1]), y: num(m[3]) },
    to: { m: month(m[2]), y: num(m[3]) },
  }), 'giu'),
  // de 2010 a 2015, entre 2010 e 2015, 2019-2020
  form(`(?:(?:de |desde |entre )(${YEAR})(?: a | até | e )|(${YEAR})[-–])(${YEAR}|\\d\\d)`, (m) => {
    const a = num(m[1] ?? m[2]) as number;
    let b = num(m[3]) as number;
    if (b < 100) b += Math.floor(a / 100) * 100;
    return b > a ? { from: { y: a }, to: { y: b } } : undefined;
  }, 'giu'),
  // quinta-feira, 13 de janeiro de 2022; 13 de janeiro
  form(`(?:(${WEEKDAY}),? )?(?:dia )?(${DAY}) de (${MONTH})${DE_YEAR}`, (m) => ({
    from: { weekday: weekday(m[1]), d: num(m[2]), m: month(m[3]), y: num(m[4]) },
  }), 'giu'),
  // meados de fevereiro de 2022, fevereiro de 2022
  form(`(?:(${PART}) de )?(${MONTH}),? de (${YEAR})`, (m) => ({
    from: { part: part(m[1]), m: month(m[2]), y: num(m[3]) },
  }), 'giu'),
  form(`(${PART}) de (${MONTH})`, (m) => ({ from: { part: part(m[1]), m: month(m[2]) } }), 'giu'),
  form(`(?<=(?:^|[^\\p{L}])(?:em|desde|até|durante|antes de|depois de|a partir de) )(${MONTH})`, (m) => ({
    from: { m: month(m[1]) },
  }), 'giu'),
  // meados de 2019, a década de 1990
  form(`(${PART}) de (${YEAR})`, (m) => ({ from: { part: part(m[1]), y: num(m[2]) } }), 'giu'),
  form(`(?:(${PART}) d[ae] )?(?:a )?década de ((?:1[5-9]|20)\\d0)`, (m) => ({
    from: { y: num(m[2]), decade: true, part: part(m[1]) },
  }), 'giu'),
  // em 2019, desde 2014
  form(`(?<=(?:^|[^\\p{L}])(?:em|desde|até|de|do|durante|para|ano) )(${YEAR})`, (m) => ({ from: { y: num(m[1]) } }), 'giu'),
  // 2021-03-04, 4/3/2021 (day first)
  form(`(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])`, (m) => ({
    from: { y: num(m[1]), m: num(m[2]), d: num(m[3]) },
  })),
  form(`(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(${YEAR})`, (m) => {
    const d = num(m[1]) as number;
    const mo = num(m[2]) as number;
    return mo <= 12 && d <= 31 ? { from: { d, m: mo, y: num(m[3]) } } : undefined;
  }),
  // na quinta-feira, na última segunda-feira, no próximo sábado
  form(`(?:(?:n[ao]|nest[ae]) )?(?:(últim[oa]|passad[oa]|próxim[oa]) )?((?:segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo)(?: (passad[oa]|que vem))?`, (m) => {
    const which = (m[1] ?? m[3])?.toLowerCase();
    const offset = which ? (/^(?:últim|passad)/.test(which) ? -1 : 1) : 0;
    return { from: { weekday: weekday(m[2]), relative: { unit: 'day', offset } } };
  }, 'giu'),
  // hoje, ontem, amanhã
  form(`(?<![\\p{L}])(hoje|ontem|anteontem|amanhã)(?![\\p{L}])`, (m) => {
    const w = (m[1] as string).toLowerCase();
    const offset = w === 'hoje' ? 0 : w === 'ontem' ? -1 : w === 'anteontem' ? -2 : 1;
    return { from: { relative: { unit: 'day', offset } } };
  }, 'giu'),
  // a semana passada, o mês que vem, no ano passado, este ano
  form(
    `(?<![\\p{L}])(?:(?:n?[ao]s? )?(?:(próxim[oa]|passad[oa]) )?(semana|mês|ano)(?: (passad[oa]|que vem|anterior))|(?:este|esta|neste|nesta) (semana|mês|ano))`,
    (m) => {
      const which = (m[1] ?? m[3])?.toLowerCase();
      const unit = unitOf((m[2] ?? m[4]) as string) as 'week' | 'month' | 'year';
      if (m[4]) return { from: { relative: { unit, offset: 0 } } };
      if (!which) return undefined;
      return { from: { relative: { unit, offset: /passad|anterior/.test(which) ? -1 : 1 } } };
    },
    'giu',
  ),
  // há três anos
  form(`(?<![\\p{L}])há (${NUM}) (dias?|semanas?|m[eê]s(?:es)?|anos?)`, (m) => {
    const n = /^\d+$/.test(m[1] as string) ? Number(m[1]) : (PT_NUMBERS.parseWords(m[1] as string) ?? 1);
    return { from: { relative: { unit: unitOf(m[2] as string), offset: -n } } };
  }, 'giu'),
]; // prettier-ignore

const DURATION = `(?:durante |por |ao longo de )?(${NUM}) (dias?|semanas?|noites?|m[eê]s(?:es)?|anos?)`;

export const PT_DATES: DateTables = {
  hint: /\d|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|feira|sábado|domingo|hoje|ontem|amanhã|semana|mês|ano|meados|início|começo|final|fim|década|há /i,
  forms: FORMS,
  leadIn: /(?:^|[^\p{L}])((?:em|no|na|desde|até|antes de|depois de|durante|a partir de|para)\s+)$/iu,
  rangeOpener: /^(?:de|do|desde|entre)(?![\p{L}])/iu,
  relations: {
    desde: 'since',
    até: 'until',
    'antes de': 'before',
    'depois de': 'after',
    'a partir de': 'since',
    para: 'by',
  },
  durationBefore: new RegExp(`${DURATION},?\\s*$`, 'iu'),
  durationAfter: new RegExp(`^,?\\s*(?:ou |durante |por )?${DURATION}`, 'iu'),
  durationDays: (count, unit) => daysOf(count, unitOf(unit), PT_NUMBERS.parseWords),
  future:
    /(?<![\p{L}])(?:será|serão|vai|vão|próxim[oa]s?|prevê|previst[oa]s?|\p{L}{2,}rá|\p{L}{2,}rão)(?![\p{L}])/iu,
};
