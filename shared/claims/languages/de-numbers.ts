/** German number notation ("100.000", "3,5 Prozent", "1,2 Mio."), written numbers, hedges and units. */
import type { HedgeMeaning, NumberTables, UnitTables } from './tables';
import { GROUP_SPACES, escapeRegex, numberWordReader, numeralNotation } from '../numbers';

// prettier-ignore
const SMALL: Record<string, number> = {
  null: 0, ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6,
  sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15,
  sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
  sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};
const WORD_SCALES: Record<string, number> = {
  hundert: 100, tausend: 1e3, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9,
}; // prettier-ignore
const SCALES: Record<string, number> = {
  ...WORD_SCALES, 'mio.': 1e6, mio: 1e6, 'mrd.': 1e9, mrd: 1e9, 'tsd.': 1e3, tsd: 1e3, billion: 1e12, billionen: 1e12,
}; // prettier-ignore

const numeral = numeralNotation(`.${GROUP_SPACES}`, ',');
/** German writes a number as one word: "fünfundzwanzig", "zweihundertfünfzig". */
const pieces = (words: string[]): string =>
  words
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
const FIRST = pieces([...Object.keys(SMALL), 'hundert', 'tausend']);
const NEXT = pieces([...Object.keys(SMALL), 'hundert', 'tausend', 'und']);
const WORDS = `(?<![\\p{L}])(?:${FIRST})(?:${NEXT})*(?:\\s+(?:Millionen|Million|Milliarden|Milliarde))?(?![\\p{L}])`;
const VAGUE: Record<string, number> = {
  zehntausende: 20000,
  hunderttausende: 200000,
  dutzende: 24,
  hunderte: 200,
  tausende: 2000,
};

// prettier-ignore
const HEDGES: ReadonlyArray<readonly [string, HedgeMeaning]> = [
  ['mehr als', 'lower'], ['weniger als', 'upper'], ['mindestens', 'lower'], ['wenigstens', 'lower'],
  ['höchstens', 'upper'], ['maximal', 'upper'], ['bis zu', 'upper'], ['über', 'lower'], ['unter', 'upper'],
  ['rund', 'approximate'], ['etwa', 'approximate'], ['ungefähr', 'approximate'], ['circa', 'approximate'],
  ['ca.', 'approximate'], ['zirka', 'approximate'], ['knapp', 'approximate'], ['fast', 'approximate'],
  ['beinahe', 'approximate'], ['nahezu', 'approximate'], ['annähernd', 'approximate'], ['an die', 'approximate'],
  ['gut', 'lower'], ['weitere', 'additional'], ['weiteren', 'additional'], ['zusätzlich', 'additional'],
  ['genau', 'exact'], ['exakt', 'exact'],
];

export const DE_NUMBERS: NumberTables = {
  core: new RegExp(
    `${numeral.source}|(?<![\\p{L}])(?:${Object.keys(VAGUE).join('|')})(?=\\s)|${WORDS}`,
    'giu',
  ),
  // "Rufen Sie 555-1234 an": the verb stands before the number, its "an" after; "wählen", "rufen" also
  // call for votes and protests, which a counted noun after keeps ranges ("300-1200 Delegierte").
  telephoneBefore:
    /(?<![\p{L}])(?:tel|telefon(?:isch|nummer)?|rufnummer|fax(?:nummer)?|hotline|(?:an)?rufen|anruf|wählen|erreichbar unter)(?![\p{L}])|(?<![\p{L}])nummer\s*:?\s*$/iu,
  numeral: numeral.source,
  parseNumeral: numeral.parse,
  parseWords: numberWordReader({
    small: SMALL,
    scales: WORD_SCALES,
    ignore: new Set(['und']),
    dozen: 'dutzend',
    split: (word) => word.split(/(hundert|tausend|und)/).filter(Boolean),
  }),
  minusWord: 'minus',
  vague: VAGUE,
  continues: /^[:/.,]\d/,
  clock: /^\s?(?:Uhr(?![\p{L}])|h(?![\p{L}])|GMT|UTC|MEZ)/u,
  ordinal: /^\.\s+\S/,
  datePrefix: /(?:Mitte|Anfang|Ende)-$/,
  scaleAfter:
    /^[ -]?(Milliarden|Milliarde|Mrd\.?|Millionen|Million|Mio\.?|Tausend|Tsd\.?|Billionen|Billion)(?![\p{L}])/iu,
  scales: SCALES,
  gluedScales: new Set(),
  percentAfter: /^\s?(%|Prozentpunkte?n?(?![\p{L}])|Prozent(?![\p{L}]))/iu,
  points: /punkt/i,
  currencyAfter: /^\s?(€|\$|£|Euro|US-Dollar|Dollar|Pfund|Franken|Yen|Yuan|Rubel|USD|EUR)(?![\p{L}])/iu,
  // prettier-ignore
  currencyWords: {
    euro: 'EUR', 'us-dollar': 'USD', dollar: 'USD', pfund: 'GBP', franken: 'CHF', yen: 'JPY', yuan: 'CNY',
    rubel: 'RUB', usd: 'USD', eur: 'EUR',
  },
  hedges: HEDGES,
  nameBefore:
    /^(?:Artikel|Paragraf|Paragraph|Formel|Kapitel|Seite|Nummer|Nr|Band|Folge|Staffel|Teil|Version|Windows|Boeing|Airbus|Level|Stufe|Gleis|Linie|Platz|Rang|Runde|Tor|Halle|Raum|Zimmer|Block|Kanal|iOS|Android|Liga|Gruppe|Klasse|Modell|Typ)$/,
  yearPrepositions: new Set([
    'im',
    'in',
    'seit',
    'bis',
    'von',
    'vom',
    'vor',
    'nach',
    'während',
    'ab',
    'jahr',
    'jahre',
  ]),
  countNoun: /^\p{Lu}\p{Ll}+$/u,
  measureBefore:
    /(?:^|[^\p{L}])(\p{L}{4,})\s+(?:von|betrug|beträgt|lag bei|liegt bei|erreichte|stieg auf|fiel auf|sank auf|in Höhe von)\s+$/u,
  betweenBefore: /(?<![\p{L}])zwischen\s+$/iu,
  fromBefore: /(?<![\p{L}])von\s+$/iu,
  rangeAnd: /^\s*und\s+/,
  rangeTo: /^\s*(?:-|–|—|bis\s)\s*/,
  whole: new RegExp(
    `^\\s+von\\s+(?:den\\s+|insgesamt\\s+)?(${numeral.source})(?![\\d.,]*\\s*(?:%|Prozent))`,
    'iu',
  ),
  shareOf: /^\s+(?:der|des|aller|von)\s/i,
};

export const DE_UNITS: UnitTables = {
  stopWords: new Set(
    (
      'der die das den dem des ein eine einen einem einer eines und oder aber sondern doch denn in im an am auf ' +
      'aus bei mit nach seit von vom vor zu zum zur über unter um durch für gegen ohne bis ab als wie wenn weil ' +
      'dass ob ist sind war waren wird werden wurde wurden worden sein hat haben hatte hatten habe kann können ' +
      'konnte muss müssen soll sollen sollte will wollen nicht kein keine auch noch schon nur sehr mehr weniger ' +
      'etwa rund sich er sie es wir ihr ich man seine ihre ihren dieser diese dieses jeder jede alle heute ' +
      'gestern morgen sagte sagt laut fest weg zurück hinzu hier dort da so'
    ).split(' '),
  ),
  timeUnits: new Set(
    'sekunde sekunden minute minuten stunde stunden tag tage tagen woche wochen monat monate monaten jahr jahre jahren jahrzehnt jahrzehnte jahrhundert jahrhunderte nacht nächte'.split(
      ' ',
    ),
  ),
  newFigure:
    /^(?:weitere|weiteren|rund|etwa|mehr|fast|knapp|über|bis|der|die|das|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|dutzende|hunderte|tausende|millionen)$/i,
  joiners: new Set(['und', 'oder']),
  of: new Set(),
  nounEnds: true,
};
