/** Portuguese number notation ("100.000", "3,5%", "1,2 milhão"), written numbers, hedges and units. */
import type { HedgeMeaning, NumberTables, UnitTables } from './tables';
import { GROUP_SPACES, numberWordReader, numeralNotation } from '../numbers';
import { wordsSource } from './word-tables';

// prettier-ignore
const SMALL: Record<string, number> = {
  zero: 0, um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9,
  dez: 10, onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16, dezasseis: 16,
  dezessete: 17, dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19, vinte: 20, trinta: 30, quarenta: 40,
  cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90, cem: 100, cento: 100, duzentos: 200,
  duzentas: 200, trezentos: 300, trezentas: 300, quatrocentos: 400, quatrocentas: 400, quinhentos: 500,
  quinhentas: 500, seiscentos: 600, seiscentas: 600, setecentos: 700, setecentas: 700, oitocentos: 800,
  oitocentas: 800, novecentos: 900, novecentas: 900,
};
// "bilhão" is 10^9 in Brazil, where most Portuguese news is written; Portugal writes "mil milhões".
const WORD_SCALES: Record<string, number> = {
  mil: 1e3, milhão: 1e6, milhao: 1e6, milhões: 1e6, milhoes: 1e6, bilhão: 1e9, bilhões: 1e9,
}; // prettier-ignore
const SCALES: Record<string, number> = { ...WORD_SCALES, 'mil milhões': 1e9, mi: 1e6, bi: 1e9 };

const numeral = numeralNotation(`.${GROUP_SPACES}`, ',');
const WORDS = wordsSource([...Object.keys(SMALL), ...Object.keys(WORD_SCALES)], '(?:\\s+e)?');
const VAGUE: Record<string, number> = {
  'dezenas de milhares': 20000,
  'centenas de milhares': 200000,
  dúzias: 24,
  dezenas: 20,
  centenas: 200,
  milhares: 2000,
  milhões: 2e6,
};

// prettier-ignore
const HEDGES: ReadonlyArray<readonly [string, HedgeMeaning]> = [
  ['não menos de', 'lower'], ['não mais de', 'upper'], ['pouco mais de', 'lower'], ['pouco menos de', 'upper'],
  ['mais de', 'lower'], ['menos de', 'upper'], ['pelo menos', 'lower'], ['no mínimo', 'lower'],
  ['no máximo', 'upper'], ['até', 'upper'], ['cerca de', 'approximate'], ['em torno de', 'approximate'],
  ['por volta de', 'approximate'], ['aproximadamente', 'approximate'], ['quase', 'approximate'],
  ['outros', 'additional'], ['outras', 'additional'], ['mais', 'additional'], ['exatamente', 'exact'],
];

export const PT_NUMBERS: NumberTables = {
  core: new RegExp(
    `${numeral.source}|(?<![\\p{L}])(?:${Object.keys(VAGUE).join('|')})(?= de(?![\\p{L}]))|${WORDS}`,
    'giu',
  ),
  // "ligar" also joins things; a counted noun after keeps a range ("ligar 300-1200 casas").
  telephoneBefore:
    /(?<![\p{L}])(?:tel|telefone|telefonar|ligue|ligar|fax|disque|discar)(?![\p{L}])|(?<![\p{L}])n[úu]mero\s*:?\s*$/iu,
  numeral: numeral.source,
  parseNumeral: numeral.parse,
  parseWords: numberWordReader({
    small: SMALL,
    scales: WORD_SCALES,
    ignore: new Set(['e']),
    dozen: 'dúzia',
    compound: true,
  }),
  vague: VAGUE,
  continues: /^[:/.,]\d/,
  clock: /^\s?(?:h(?![\p{L}])|GMT|UTC)/iu,
  ordinal: /^\.?[ºª]/,
  dayOf:
    /^\s+de\s+(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)(?![\p{L}])/iu,
  datePrefix: /(?:pré|pós)-$/i,
  scaleAfter: /^[ -]?(mil milhões|milhões|milhoes|milhão|milhao|bilhões|bilhão|mil|mi|bi)(?![\p{L}])/iu,
  scales: SCALES,
  gluedScales: new Set(),
  percentAfter: /^\s?(%|por cento(?![\p{L}])|pontos percentuais(?![\p{L}])|ponto percentual(?![\p{L}]))/iu,
  points: /pont/i,
  currencyAfter:
    /^\s?(?:de\s+)?(€|\$|£|euros?|dólares|dolares|dólar|reais|real|libras|ienes|iuanes|rublos|USD|EUR|BRL)(?![\p{L}])/iu,
  // prettier-ignore
  currencyWords: {
    euro: 'EUR', euros: 'EUR', dólares: 'USD', dolares: 'USD', dólar: 'USD', reais: 'BRL', real: 'BRL',
    libras: 'GBP', ienes: 'JPY', iuanes: 'CNY', rublos: 'RUB', usd: 'USD', eur: 'EUR', brl: 'BRL',
  },
  hedges: HEDGES,
  capitalOk: new Set(
    (
      'cerca quase mais menos até em no na nos nas o a os as de do da dos das desde entre e mas com por para ' +
      'segundo outros outras aproximadamente exatamente só apenas durante após antes depois sobre um uma total'
    ).split(' '),
  ),
  yearPrepositions: new Set(['em', 'desde', 'até', 'de', 'do', 'antes', 'depois', 'durante', 'para', 'ano']),
  countNoun: /^\p{Ll}+s$/u,
  measureBefore:
    /(?:^|[^\p{L}])(\p{Ll}{4,})\s+(?:de|foi|foram|é|são|era|eram|atingiu|chegou a|subiu para|caiu para)\s+$/u,
  betweenBefore: /(?<![\p{L}])entre\s+$/iu,
  fromBefore: /(?<![\p{L}])(?:de|desde)\s+$/iu,
  rangeAnd: /^\s*e\s+/,
  rangeTo: /^\s*(?:-|–|—|a\s)\s*/,
  whole: new RegExp(
    `^\\s+(?:de|dos|das)\\s+(?:um total de\\s+)?(${numeral.source})(?![\\d.,]*\\s*(?:%|por cento))`,
    'iu',
  ),
  shareOf: /^\s+(?:de|do|da|dos|das)\s/i,
};

export const PT_UNITS: UnitTables = {
  stopWords: new Set(
    (
      'o a os as um uma uns umas este esta estes estas esse essa esses essas seu sua seus suas que quem qual quais ' +
      'cujo e ou nem mas porém de do da dos das em no na nos nas por pelo pela pelos pelas para com sem sobre entre ' +
      'até desde durante segundo após ante como mais menos muito já também não sim se lhe lhes é são foi foram era ' +
      'eram ser sido está estão estava estavam estar tem têm tinha tinham ter será serão seria pode podem deve ' +
      'devem disse diz disseram hoje ontem amanhã cada todos todas todo toda outro outra outros outras mesmo ' +
      'mesma quando onde enquanto porque embora assim então agora aqui ali morreram morreu ficaram chegaram perto ' +
      'longe junto'
    ).split(' '),
  ),
  timeUnits: new Set(
    'segundo segundos minuto minutos hora horas dia dias semana semanas mês meses ano anos década décadas século séculos noite noites'.split(
      ' ',
    ),
  ),
  newFigure:
    /^(?:outros|outras|cerca|quase|mais|até|o|a|os|as|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|dezenas|centenas|milhares|milhões)$/i,
  joiners: new Set(['e', 'ou']),
  of: new Set(['de']),
  vagueOf: /^ de(?![\p{L}])/u,
  adverb: /mente$/,
  participle: /(?:ad|id)[oa]s$/,
  verb: /.{3,}(?:aram|eram|iram|ou|am)$/,
};
