/** English: the language the finders were first written for. */
import type { LanguagePack } from './tables';
import { EN_NUMBERS, EN_UNITS } from './en-numbers';
import { EN_DATES } from './en-dates';
import { EN_BOILERPLATE, EN_COMPARISONS, EN_EVENTS, EN_QUOTES, EN_ROLES } from './en-text';

export const ENGLISH: LanguagePack = {
  code: 'en',
  name: 'English',
  modelTrained: true,
  numbers: EN_NUMBERS,
  units: EN_UNITS,
  dates: EN_DATES,
  quotes: EN_QUOTES,
  roles: EN_ROLES,
  comparisons: EN_COMPARISONS,
  events: EN_EVENTS,
  boilerplate: EN_BOILERPLATE,
  abbreviations: new Set(
    (
      'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr inc ltd co corp plc vs etc ' +
      'e.g i.e u.s u.k u.n u.s.a no nos jan feb mar apr jun jul aug sep sept oct nov dec mt approx est fig ' +
      'dept univ assn bros op cf al ave blvd rd ft pres min sec'
    ).split(' '),
  ),
  hints: {
    quote: /["“«‘]/,
    number:
      /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b/i,
  },
  functionWords: new Set(
    'the of and to in is that was for with on as by at from it he she his her said has have were are will be this which their not'.split(
      ' ',
    ),
  ),
};
