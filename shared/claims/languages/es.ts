/** Spanish. */
import type { LanguagePack } from './tables';
import { ES_NUMBERS, ES_UNITS } from './es-numbers';
import { ES_DATES } from './es-dates';
import { ES_BOILERPLATE, ES_COMPARISONS, ES_EVENTS, ES_QUOTES, ES_ROLES } from './es-text';

export const SPANISH: LanguagePack = {
  code: 'es',
  name: 'Spanish',
  modelTrained: false,
  numbers: ES_NUMBERS,
  units: ES_UNITS,
  dates: ES_DATES,
  quotes: ES_QUOTES,
  roles: ES_ROLES,
  comparisons: ES_COMPARISONS,
  events: ES_EVENTS,
  boilerplate: ES_BOILERPLATE,
  abbreviations: new Set(
    (
      'sr sra srta dr dra lic ing prof gral gob dip sen pdte núm nº etc pág págs aprox av avda ee.uu eeuu uu ' +
      'cía s.a mill col vol art cap ud uds dña dª ene feb mar abr jun jul ago sept oct nov dic'
    ).split(' '),
  ),
  hints: {
    quote: /["“«‘—–―]/,
    number:
      /\d|(?<![\p{L}])(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|cien|mil|cientos|miles|millones|millón|decenas|docenas|centenares)(?![\p{L}])/iu,
  },
  functionWords: new Set(
    'el la los las de del que y en un una por con para es se no su al lo como más pero sus le ha fue son desde según este esta entre cuando muy sin sobre también hasta hay donde porque dijo'.split(
      ' ',
    ),
  ),
};
