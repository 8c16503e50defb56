/** French number notation ("100 000" with no-break spaces, "3,5 %", "1,2 milliard"), hedges and units. */
import type { HedgeMeaning, NumberTables, UnitTables } from './tables';
import { GROUP_SPACES, numberWordReader, numeralNotation } from '../numbers';
import { wordsSource } from './word-tables';

// prettier-ignore
const SMALL: Record<string, number> = {
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60, quatrevingt: 80, quatrevingts: 80,
};
const WORD_SCALES: Record<string, number> = {
  cent: 100, cents: 100, mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
}; // prettier-ignore
const SCALES: Record<string, number> = { ...WORD_SCALES, billion: 1e12, billions: 1e12, md: 1e9, mds: 1e9 };

const numeral = numeralNotation(`.${GROUP_SPACES}`, ',');
const WORDS = wordsSource(
  ['quatre-vingts', 'quatre-vingt', ...Object.keys(SMALL), ...Object.keys(WORD_SCALES)],
  '(?:\\s+et)?',
);
const VAGUE: Record<string, number> = {
  'dizaines de milliers': 20000,
  'centaines de milliers': 200000,
  douzaines: 24,
  dizaines: 20,
  centaines: 200,
  milliers: 2000,
  millions: 2e6,
  milliards: 2e9,
};

// prettier-ignore
const HEDGES: ReadonlyArray<readonly [string, HedgeMeaning]> = [
  ['pas moins de', 'lower'], ['pas plus de', 'upper'], ['un peu plus de', 'lower'], ['un peu moins de', 'upper'],
  ['plus de', 'lower'], ['moins de', 'upper'], ['au moins', 'lower'], ['au plus', 'upper'], ['au minimum', 'lower'],
  ['au maximum', 'upper'], ["jusqu'à", 'upper'], ['jusqu’à', 'upper'], ['près de', 'approximate'],
  ['environ', 'approximate'], ['quelque', 'approximate'], ['autour de', 'approximate'],
  ['approximativement', 'approximate'], ['à peu près', 'approximate'], ['presque', 'approximate'],
  ['quasiment', 'approximate'], ['pratiquement', 'approximate'], ['encore', 'additional'],
  ['exactement', 'exact'],
];

export const FR_NUMBERS: NumberTables = {
  core: new RegExp(
    `${numeral.source}|(?<![\\p{L}])(?:${Object.keys(VAGUE).join('|')})(?= d(?:e(?![\\p{L}])|['’]))|${WORDS}`,
    'giu',
  ),
  // "appeler" also calls for things; a counted noun after keeps a range ("appelle 300-1200 réservistes").
  telephoneBefore:
    /(?<![\p{L}])(?:t[ée]l|t[ée]l[ée]phone[rz]?|appel(?:e[rz]?|le[rz]?|ant)?|fax|compose[rz]?|joignable au)(?![\p{L}])|(?<![\p{L}])num[ée]ro\s*:?\s*$/iu,
  numeral: numeral.source,
  parseNumeral: numeral.parse,
  parseWords: numberWordReader({
    small: SMALL,
    scales: WORD_SCALES,
    ignore: new Set(['et']),
    dozen: 'douzaine',
    compound: true,
    normalize: (phrase) => phrase.replace(/quatre[- ]vingts?/g, 'quatrevingt'),
  }),
  vague: VAGUE,
  continues: /^[:/.,]\d/,
  clock: /^\s?(?:h(?![\p{L}])|GMT|UTC)/iu,
  ordinal: /^(?:er|re|e|ème|eme|nd|nde)(?![\p{L}])/iu,
  dayOf:
    /^\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?![\p{L}])/iu,
  datePrefix: /(?:mi|pré|post)-$/i,
  scaleAfter: /^[ -]?(milliards?|millions?|mille|billions?|mds?|md)(?![\p{L}])/iu,
  scales: SCALES,
  gluedScales: new Set(),
  percentAfter: /^\s?(%|pour ?cent(?![\p{L}])|points? de pourcentage(?![\p{L}]))/iu,
  points: /point/i,
  currencyAfter:
    /^\s?(?:de\s+|d['’])?(€|\$|£|euros?|dollars?|livres sterling|livres|francs suisses|francs|yens?|yuans?|roubles?|USD|EUR)(?![\p{L}])/iu,
  // prettier-ignore
  currencyWords: {
    euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', 'livres sterling': 'GBP', livres: 'GBP',
    'francs suisses': 'CHF', francs: 'CHF', yen: 'JPY', yens: 'JPY', yuan: 'CNY', yuans: 'CNY', rouble: 'RUB',
    roubles: 'RUB', usd: 'USD', eur: 'EUR',
  },
  hedges: HEDGES,
  capitalOk: new Set(
    (
      'quelque environ près plus moins presque au aux à en le la les l de du des et mais avec par pour selon ' +
      'autres un une sur dans depuis entre pendant après avant encore jusqu ce ces cette seulement'
    ).split(' '),
  ),
  yearPrepositions: new Set([
    'en',
    'depuis',
    'de',
    'dès',
    'avant',
    'après',
    'pendant',
    'année',
    'fin',
    'début',
  ]),
  countNoun: /^\p{Ll}+[sx]$/u,
  measureBefore:
    /(?:^|[^\p{L}])(\p{Ll}{4,})\s+(?:de|était|est|a atteint|atteint|s'élève à|s’élève à|s'est établi à|est passé à|est tombé à)\s+$/u,
  betweenBefore: /(?<![\p{L}])entre\s+$/iu,
  fromBefore: /(?<![\p{L}])(?:de|du)\s+$/iu,
  rangeAnd: /^\s*et\s+/,
  rangeTo: /^\s*(?:-|–|—|à\s)\s*/,
  whole: new RegExp(
    `^\\s+(?:sur|des|parmi les)\\s+(?:les\\s+)?(${numeral.source})(?![\\d.,\\s\\u202f\\u00a0]*(?:%|pour ?cent))`,
    'iu',
  ),
  shareOf: /^\s+(?:de|des|du|d['’])/i,
};

export const FR_UNITS: UnitTables = {
  stopWords: new Set(
    (
      'le la les l un une des du de d au aux ce cet cette ces son sa ses leur leurs mon ma mes notre nos votre qui ' +
      'que qu quoi dont où et ou mais ni car donc or à en dans par pour sur sous avec sans entre vers chez depuis ' +
      'pendant selon après avant contre comme plus moins très trop déjà aussi encore ne pas non oui se s il elle ' +
      'ils elles on nous vous je est sont était étaient être été a ont avait avaient avoir sera seront serait peut ' +
      'peuvent doit doivent fait font dit disent déclaré aujourd hier demain chaque tous toutes tout toute autre ' +
      'autres même quand lorsque si alors ainsi ici là y près environ cours fin début'
    ).split(' '),
  ),
  timeUnits: new Set(
    'seconde secondes minute minutes heure heures jour jours journée journées semaine semaines mois an ans année années décennie décennies siècle siècles nuit nuits'.split(
      ' ',
    ),
  ),
  newFigure:
    /^(?:autres|quelque|environ|près|plus|moins|presque|jusqu|au|le|la|les|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|des|dizaines|centaines|milliers|millions|encore)$/i,
  joiners: new Set(['et', 'ou']),
  of: new Set(['de']),
  vagueOf: /^ d(?:e(?![\p{L}])|['’])/u,
  participle: /(?:é|ée|és|ées)$/,
};
