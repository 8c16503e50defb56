/** Portuguese. */
import type { LanguagePack } from './tables';
import { PT_NUMBERS, PT_UNITS } from './pt-numbers';
import { PT_DATES } from './pt-dates';
import { PT_BOILERPLATE, PT_COMPARISONS, PT_EVENTS, PT_QUOTES, PT_ROLES } from './pt-text';

export const PORTUGUESE: LanguagePack = {
  code: 'pt',
  name: 'Portuguese',
  modelTrained: false,
  numbers: PT_NUMBERS,
  units: PT_UNITS,
  dates: PT_DATES,
  quotes: PT_QUOTES,
  roles: PT_ROLES,
  comparisons: PT_COMPARISONS,
  events: PT_EVENTS,
  boilerplate: PT_BOILERPLATE,
  abbreviations: new Set(
    'sr sra srta dr dra prof av etc pág págs aprox núm nº cia ltda s.a jan fev mar abr mai jun jul ago set out nov dez'.split(
      ' ',
    ),
  ),
  hints: {
    quote: /["“«‘—–―]/,
    number:
      /\d|(?<![\p{L}])(?:dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte|trinta|quarenta|cinquenta|cem|mil|centenas|milhares|milhões|milhão|dezenas|dúzias)(?![\p{L}])/iu,
  },
  functionWords: new Set(
    'o a os as de do da dos das que e em no na nos nas um uma por para com não se ao à é foi são pelo pela mais como mas seu sua segundo disse também'.split(
      ' ',
    ),
  ),
};
