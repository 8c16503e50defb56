/** English number notation, written numbers, hedges, money and units. */
import type { HedgeMeaning, NumberTables, UnitTables } from './tables';
import { numberWordReader } from '../numbers';

// prettier-ignore
const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

/** Multipliers written as words or suffixes. */
// prettier-ignore
const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9,
  b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12, lakh: 1e5, crore: 1e7,
};

/** Source of a regex alternative matching a written-out number such as "twenty-five" or "ten". */
export const EN_NUMBER_WORD =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen' +
  '|two|three|four|five|six|seven|eight|nine|ten|a dozen|a hundred|a thousand|a million|a billion|one)';

const NUMERAL = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';

/** Reads a written-out number ("twenty-five", "a dozen", "one hundred"); undefined if it is not one. */
export const parseEnglishNumberWords = numberWordReader({
  small: SMALL,
  scales: Object.fromEntries(Object.entries(SCALES).filter(([word]) => word.length > 2)),
  ignore: new Set(['and']),
  one: new Set(['a', 'an']),
  dozen: 'dozen',
});

const HEDGES: ReadonlyArray<readonly [string, HedgeMeaning]> = [
  ['no fewer than', 'lower'], ['no less than', 'lower'], ['no more than', 'upper'], ['in excess of', 'lower'],
  ['as many as', 'upper'], ['as much as', 'upper'], ['as few as', 'lower'], ['an estimated', 'approximate'],
  ['an additional', 'additional'], ['a further', 'additional'], ['more than', 'lower'], ['fewer than', 'upper'],
  ['less than', 'upper'], ['at least', 'lower'], ['at most', 'upper'], ['upwards of', 'lower'],
  ['just over', 'lower'], ['well over', 'lower'], ['just under', 'upper'], ['well under', 'upper'],
  ['close to', 'approximate'], ['up to', 'upper'], ['approximately', 'approximate'], ['roughly', 'approximate'],
  ['around', 'approximate'], ['about', 'approximate'], ['nearly', 'approximate'], ['almost', 'approximate'],
  ['estimated', 'approximate'], ['some', 'approximate'], ['over', 'lower'], ['under', 'upper'],
  ['above', 'lower'], ['below', 'upper'], ['another', 'additional'], ['exactly', 'exact'], ['precisely', 'exact'],
]; // prettier-ignore

export const EN_NUMBERS: NumberTables = {
  core: new RegExp(
    `${NUMERAL}|\\b(?:tens of thousands|hundreds of thousands|dozens|hundreds|thousands|millions|billions)(?= of\\b)|\\b${EN_NUMBER_WORD}(?:[ -](?:hundred|thousand|million|billion))*\\b`,
    'gi',
  ),
  // Not "called" ("called the figure of 300-1200 low") nor "calls" (a noun as often): too often no telephone.
  telephoneBefore:
    /\b(?:call|calling|(?:tele)?phone[ds]?|tel|fax(?:ed)?|dial(?:l?ed|l?ing)?|hotline|helpline|contact|reached at)\b|\bnumber\s*:?\s*$/i,
  numeral: NUMERAL,
  parseNumeral: (raw) => Number(raw.replace(/,/g, '')),
  parseWords: parseEnglishNumberWords,
  minusWord: 'minus',
  vague: {
    'tens of thousands': 20000,
    'hundreds of thousands': 200000,
    dozens: 24,
    scores: 40,
    hundreds: 200,
    thousands: 2000,
    millions: 2e6,
    billions: 2e9,
  },
  continues: /^(?:[:/]|\.)\d/,
  clock: /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC)/i,
  datePrefix: /(?:mid|early|late|pre|post)-$/i,
  scaleAfter: /^[ -]?(hundred|thousand|million|billion|trillion|mn|mln|bn|tn|trn|lakh|crore)\b/i,
  scales: SCALES,
  gluedScales: new Set(['m', 'mn', 'bn', 'b', 'k', 'tn', 'trn', 'mln']),
  percentAfter: /^\s?(%|percent\b|per cent\b|pc\b|percentage points?\b)/i,
  points: /points?$/i,
  currencyAfter:
    /^ (pounds sterling|dollars?|euros?|pounds?|yen|yuan|renminbi|rupees?|r[o]?ubles?|francs|pesos|USD|EUR|GBP)\b/i,
  // prettier-ignore
  currencyWords: {
    dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', 'pounds sterling': 'GBP', pound: 'GBP',
    pounds: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupees: 'INR', rupee: 'INR', rubles: 'RUB',
    roubles: 'RUB', ruble: 'RUB', rouble: 'RUB', francs: 'CHF', pesos: 'MXN', usd: 'USD', eur: 'EUR',
    gbp: 'GBP',
  },
  hedges: HEDGES,
  capitalOk: new Set(
    (
      'some about around nearly almost more over in on by at the and but since from until between up with of ' +
      'for to last next another approximately exactly all only just roughly an a as its their his her our ' +
      'while when after before during of some including total than fewer less least most'
    ).split(' '),
  ),
  monthBefore:
    /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/,
  yearPrepositions: new Set([
    'in',
    'since',
    'by',
    'until',
    'from',
    'of',
    'before',
    'after',
    'during',
    'through',
  ]),
  countNoun: /^(?:people|men|women|children|staff|workers|soldiers|troops|residents|\p{Ll}+s)$/u,
  measureBefore:
    /(?:^|[^\p{L}])(\p{Ll}{4,})\s+(?:of|was|were|is|are|at|reached|totaled|totalled|stood at|rose to|fell to|hit)\s+$/u,
  betweenBefore: /\bbetween\s+$/i,
  fromBefore: /\bfrom\s+$/i,
  rangeAnd: /^\s*(?:and)\s+/,
  rangeTo: /^\s*(?:-|–|—|to)\s*/,
  whole:
    /^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+|a total of\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\s*(?:%|percent))/i,
  shareOf: /^\s+of\s/i,
};

export const EN_UNITS: UnitTables = {
  stopWords: new Set(
    (
      'a an the this that these those its it his her their our my your we you they he she i who whom whose which what ' +
      'is are was were be been being am has have had having do does did will would shall should can could may might must ' +
      'to in on at by for from with without into onto over under about after before since until than then as per via ' +
      'between among amid across along around through throughout during within against toward towards beyond ' +
      'of and or but nor so yet if when while where because though although also too very just only even still already ' +
      'not no never ever more most less least each every all any some such own same other another both either neither ' +
      'said says say told according including includes include included like up down out off again last next ago ' +
      'there here now today yesterday tomorrow week weeks month months year years day days hour hours decade decades ' +
      'died killed lost made make makes went go goes come came got get gets took take takes gave give live lived ' +
      'work worked expected set seen saw see left leave remain remained rose fell rise fall grew grow dropped increased'
    ).split(' '),
  ),
  timeUnits: new Set([
    'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months',
    'year', 'years', 'decade', 'decades', 'century', 'centuries', 'night', 'nights',
  ]), // prettier-ignore
  newFigure:
    /^(?:another|some|about|around|more|over|nearly|almost|up|at|\d|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\b/i,
  joiners: new Set(['and', 'or']),
  of: new Set(['of']),
  vagueOf: /^ of\b/,
  adverb: /ly$/,
  participle: /ed$/,
  measures: new Set(
    (
      'metre metres meter meters kilometre kilometres kilometer kilometers centimetre centimetres centimeter ' +
      'centimeters millimetre millimetres millimeter millimeters feet inch inches yard yards mile miles acre ' +
      'acres hectare hectares gram grams kilogram kilograms kilo kilos tonne tonnes ton tons ounce ounces litre ' +
      'litres liter liters gallon gallons knot knots degree degrees watt watts kilowatt kilowatts megawatt ' +
      'megawatts gigawatt gigawatts kilowatt-hour kilowatt-hours megawatt-hour megawatt-hours gigawatt-hours ' +
      'volt volts decibel decibels calorie calories'
    ).split(' '),
  ),
  measureModifiers: new Set(['square', 'cubic', 'nautical', 'metric', 'sq']),
  measureAfter:
    /^[ \u00a0]+((?:per|an?)[ \u00a0]+(?:second|minute|hour|day)|Celsius|Fahrenheit|centigrade)\b/i,
};
