/** French. */
import type { LanguagePack } from './tables';
import { FR_NUMBERS, FR_UNITS } from './fr-numbers';
import { FR_DATES } from './fr-dates';
import { FR_BOILERPLATE, FR_COMPARISONS, FR_EVENTS, FR_QUOTES, FR_ROLES } from './fr-text';

export const FRENCH: LanguagePack = {
  code: 'fr',
  name: 'French',
  modelTrained: false,
  numbers: FR_NUMBERS,
  units: FR_UNITS,
  dates: FR_DATES,
  quotes: FR_QUOTES,
  roles: FR_ROLES,
  comparisons: FR_COMPARISONS,
  events: FR_EVENTS,
  boilerplate: FR_BOILERPLATE,
  abbreviations: new Set(
    'm mm mme mmes mlle dr pr st ste etc av apr env cf p pp éd vol art chap n° no janv févr avr juil sept oct nov déc'.split(
      ' ',
    ),
  ),
  hints: {
    quote: /["“«‘—–―]/,
    number:
      /\d|(?<![\p{L}])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille|dizaines|centaines|milliers|millions|milliards|douzaines)(?![\p{L}])/iu,
  },
  functionWords: new Set(
    'le la les des du de un une et est en que qui pour dans pas au aux sur par avec il elle ce cette ont sont mais plus a été selon ses leur'.split(
      ' ',
    ),
  ),
};
