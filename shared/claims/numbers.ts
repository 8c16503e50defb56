/** Number words and numerals: the lexical layer under quantities, durations and dates. */

// prettier-ignore
const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

/** Multipliers written as words or suffixes. */
// prettier-ignore
export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9,
  b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12, lakh: 1e5, crore: 1e7,
};

/** Plural round numbers that mean "an unknown number of, at least": "thousands of". */
export const VAGUE_PLURALS: Record<string, number> = {
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  millions: 2e6,
  billions: 2e9,
};

/** Source of a regex alternative matching a written-out number such as "twenty-five" or "ten". */
export const NUMBER_WORD_SOURCE =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen' +
  '|two|three|four|five|six|seven|eight|nine|ten|a dozen|a hundred|a thousand|a million|a billion|one)';

/** Reads a written-out number ("twenty-five", "a dozen", "one hundred"); undefined if it is not one. */
export function parseNumberWords(phrase: string): number | undefined {
  const words = phrase.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (word === 'a' || word === 'an') {
      current = current || 1;
      continue;
    }
    if (word === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
      continue;
    }
    if (word === 'and') continue;
    const small = SMALL[word];
    if (small !== undefined) {
      current += small;
      seen = true;
      continue;
    }
    const scale = SCALES[word];
    if (scale !== undefined && word.length > 2) {
      current = (current || 1) * scale;
      if (scale >= 1e3) {
        total += current;
        current = 0;
      }
      seen = true;
      continue;
    }
    return undefined;
  }
  return seen ? total + current : undefined;
}

/** Reads a numeral with thousands separators and decimals: "100,000" → 100000, "1.2" → 1.2. */
export function parseNumeral(raw: string): number {
  return Number(raw.replace(/,/g, ''));
}

/** Whether a plain integer numeral looks like a calendar year. */
export function isYearLike(raw: string): boolean {
  if (!/^\d{4}$/.test(raw)) return false;
  const n = Number(raw);
  return n >= 1500 && n <= 2100;
}

/** Three-letter codes and symbols for currencies, normalized to ISO 4217. */
// prettier-ignore
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD', us$: 'USD', a$: 'AUD', c$: 'CAD', nz$: 'NZD', hk$: 'HKD', '€': 'EUR', '£': 'GBP', '¥': 'JPY',
  '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₺': 'TRY', usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', chf: 'CHF',
  cny: 'CNY', rmb: 'CNY', inr: 'INR', rub: 'RUB',
};

/** Currency names after a number: "5 million dollars". */
// prettier-ignore
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', 'pounds sterling': 'GBP', pound: 'GBP',
  pounds: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupees: 'INR', rupee: 'INR', rubles: 'RUB',
  roubles: 'RUB', ruble: 'RUB', rouble: 'RUB', francs: 'CHF', pesos: 'MXN', usd: 'USD', eur: 'EUR',
  gbp: 'GBP',
};
