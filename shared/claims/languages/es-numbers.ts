/** Spanish number notation ("100.000", "3,5 %", "1,2 millones"), written numbers, hedges and units. */
import type { HedgeMeaning, NumberTables, UnitTables } from './tables';
import { GROUP_SPACES, numberWordReader, numeralNotation } from '../numbers';
import { wordsSource } from './word-tables';

// prettier-ignore
const SMALL: Record<string, number> = {
  cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18,
  diecinueve: 19, veinte: 20, veintiún: 21, veintiuno: 21, veintiuna: 21, veintidós: 22, veintitrés: 23,
  veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100,
  ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400,
  cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700,
  setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
};
const WORD_SCALES: Record<string, number> = { mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6 };
const SCALES: Record<string, number> = {
  ...WORD_SCALES,
  'mil millones': 1e9,
  millardo: 1e9,
  millardos: 1e9,
  billón: 1e12,
  billones: 1e12,
};

const numeral = numeralNotation(`.${GROUP_SPACES}`, ',');
const WORDS = wordsSource([...Object.keys(SMALL), ...Object.keys(WORD_SCALES)], '(?:\\s+y)?');
const VAGUE: Record<string, number> = {
  'decenas de miles': 20000,
  'cientos de miles': 200000,
  'centenares de miles': 200000,
  docenas: 24,
  decenas: 20,
  centenares: 200,
  cientos: 200,
  miles: 2000,
  millones: 2e6,
};

// prettier-ignore
const HEDGES: ReadonlyArray<readonly [string, HedgeMeaning]> = [
  ['no menos de', 'lower'], ['no más de', 'upper'], ['poco más de', 'lower'], ['poco menos de', 'upper'],
  ['más de', 'lower'], ['menos de', 'upper'], ['al menos', 'lower'], ['por lo menos', 'lower'],
  ['como mínimo', 'lower'], ['como máximo', 'upper'], ['hasta', 'upper'], ['cerca de', 'approximate'],
  ['alrededor de', 'approximate'], ['en torno a', 'approximate'], ['aproximadamente', 'approximate'],
  ['unos', 'approximate'], ['unas', 'approximate'], ['casi', 'approximate'], ['apenas', 'upper'],
  ['otros', 'additional'], ['otras', 'additional'], ['exactamente', 'exact'],
];

export const ES_NUMBERS: NumberTables = {
  core: new RegExp(
    `${numeral.source}|(?<![\\p{L}])(?:${Object.keys(VAGUE).join('|')})(?= de(?![\\p{L}]))|${WORDS}`,
    'giu',
  ),
  // "llamar" also calls up people; a counted noun after keeps a range ("llama a 300-1200 reservistas").
  telephoneBefore:
    /(?<![\p{L}])(?:tel|tel[ée]fono|ll[aá]me(?:nos)?|llamar|llamando|llama|fax|marque|marcar)(?![\p{L}])|(?<![\p{L}])n[úu]mero\s*:?\s*$/iu,
  numeral: numeral.source,
  parseNumeral: numeral.parse,
  parseWords: numberWordReader({
    small: SMALL,
    scales: WORD_SCALES,
    ignore: new Set(['y']),
    dozen: 'docena',
    compound: true,
  }),
  vague: VAGUE,
  continues: /^[:/.,]\d/,
  clock: /^\s?(?:h(?![\p{L}])|GMT|UTC)/iu,
  ordinal: /^\.?[ºª]/,
  dayOf:
    /^\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre)(?![\p{L}])/iu,
  datePrefix: /(?:pre|post)-$/i,
  scaleAfter: /^[ -]?(mil millones|millones|millón|millon|millardos?|billones|billón|mil)(?![\p{L}])/iu,
  scales: SCALES,
  gluedScales: new Set(),
  percentAfter: /^\s?(%|por ciento(?![\p{L}])|puntos porcentuales(?![\p{L}])|punto porcentual(?![\p{L}]))/iu,
  points: /punt/i,
  currencyAfter:
    /^\s?(?:de\s+)?(€|\$|£|euros?|dólares|dolares|dólar|libras esterlinas|libras|pesos|yenes|yuanes|rublos|reales|USD|EUR)(?![\p{L}])/iu,
  // prettier-ignore
  currencyWords: {
    euro: 'EUR', euros: 'EUR', dólares: 'USD', dolares: 'USD', dólar: 'USD', 'libras esterlinas': 'GBP',
    libras: 'GBP', pesos: 'MXN', yenes: 'JPY', yuanes: 'CNY', rublos: 'RUB', reales: 'BRL', usd: 'USD', eur: 'EUR',
  },
  hedges: HEDGES,
  capitalOk: new Set(
    (
      'unos unas alrededor cerca más menos casi hasta al a en el la los las de del desde entre y pero con por ' +
      'para según otros otras aproximadamente exactamente sólo solo apenas durante tras antes después sobre ' +
      'un una unos total aquellos estos esos mientras cuando'
    ).split(' '),
  ),
  yearPrepositions: new Set([
    'en',
    'desde',
    'hasta',
    'de',
    'del',
    'antes',
    'después',
    'durante',
    'para',
    'año',
  ]),
  countNoun: /^\p{Ll}+s$/u,
  measureBefore:
    /(?:^|[^\p{L}])(\p{Ll}{4,})\s+(?:de|fue|fueron|es|son|era|eran|alcanzó|ascendió a|se situó en|llegó a|subió a|bajó a|cayó a)\s+$/u,
  betweenBefore: /(?<![\p{L}])entre\s+$/iu,
  fromBefore: /(?<![\p{L}])(?:de|desde)\s+$/iu,
  rangeAnd: /^\s*(?:y|e)\s+/,
  rangeTo: /^\s*(?:-|–|—|a\s)\s*/,
  whole: new RegExp(
    `^\\s+de\\s+(?:los\\s+|las\\s+|un total de\\s+)?(${numeral.source})(?![\\d.,]*\\s*(?:%|por ciento))`,
    'iu',
  ),
  shareOf: /^\s+(?:de|del)\s/i,
};

export const ES_UNITS: UnitTables = {
  stopWords: new Set(
    (
      'el la los las lo un una unos unas este esta estos estas ese esa esos esas su sus mi mis nuestro nuestra que ' +
      'quien quienes cual cuales cuyo y o e u ni pero sino a al en por para con sin sobre entre hacia hasta desde ' +
      'durante según tras ante bajo contra como más menos muy ya también tampoco no sí se le les me te nos es son ' +
      'fue fueron era eran ser sido está están estaba estaban estar ha han había habían haber hay tiene tienen tenía ' +
      'tenían será serán sería podría puede pueden debe deben dijo dice dijeron hoy ayer mañana cada todos todas ' +
      'todo toda otro otra otros otras mismo misma cuando donde mientras porque aunque si así entonces ahora aquí ' +
      'allí murieron murió perdió perdieron resultaron quedaron llegaron salieron viven trabajan frente cerca lejos junto'
    ).split(' '),
  ),
  timeUnits: new Set(
    'segundo segundos minuto minutos hora horas día días semana semanas mes meses año años década décadas siglo siglos noche noches'.split(
      ' ',
    ),
  ),
  newFigure:
    /^(?:otros|otras|unos|unas|más|casi|cerca|alrededor|hasta|al|el|la|los|las|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|decenas|cientos|miles|millones)$/i,
  joiners: new Set(['y', 'o', 'e', 'u']),
  of: new Set(['de']),
  vagueOf: /^ de(?![\p{L}])/u,
  adverb: /mente$/,
  participle: /(?:ad|id)[oa]s$/,
  verb: /.{3,}(?:aron|ieron|aban|ían|an|ó|ará|erá|irá|arán|erán|irán)$/,
};
