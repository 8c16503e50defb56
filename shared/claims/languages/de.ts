/** German. */
import type { LanguagePack } from './tables';
import { DE_NUMBERS, DE_UNITS } from './de-numbers';
import { DE_DATES, DE_NAMES } from './de-dates';
import { DE_BOILERPLATE, DE_COMPARISONS, DE_EVENTS, DE_QUOTES, DE_ROLES } from './de-text';

export const GERMAN: LanguagePack = {
  code: 'de',
  name: 'German',
  modelTrained: false,
  numbers: DE_NUMBERS,
  units: DE_UNITS,
  dates: DE_DATES,
  quotes: DE_QUOTES,
  roles: DE_ROLES,
  comparisons: DE_COMPARISONS,
  events: DE_EVENTS,
  boilerplate: DE_BOILERPLATE,
  abbreviations: new Set(
    (
      'mio mrd tsd nr bzw z.b zb ca dr prof st usw vgl u.a d.h inkl ggf evtl sog jh jhd jan feb febr apr aug ' +
      'sept okt nov dez abs art hr fr dipl ing str'
    ).split(' '),
  ),
  ordinalDay: new RegExp(`^${DE_NAMES.monthSource}(?![\\p{L}])`, 'iu'),
  hints: {
    quote: /["“„»«‘]/,
    number:
      /\d|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|million|milliard|dutzend/iu,
  },
  functionWords: new Set(
    'der die das und ist nicht ein eine den dem des mit von vom zu zum zur im am auf für sich als auch es wurde wird werden sind hat haben nach bei aus wie noch einem einer über dass sagte war bis'.split(
      ' ',
    ),
  ),
};
