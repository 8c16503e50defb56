/** Language-independent pieces of number reading: numerals in a notation, years, currency symbols. */

/** Regex-escapes a literal. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Space characters a numeral may group thousands with: normal, no-break and narrow no-break spaces. */
export const GROUP_SPACES = ' \u00a0\u202f';

/**
 * A numeral notation: the thousands separators allowed and the decimal mark. Builds the regex source of
 * a numeral ("100.000", "100 000", "3,5") and its reader.
 */
export function numeralNotation(
  groups: string,
  decimal: '.' | ',',
): {
  source: string;
  parse(raw: string): number;
} {
  const g = `[${groups.replace(/[\]\\^-]/g, '\\$&')}]`;
  const d = escapeRegex(decimal);
  const source = `(?<!\\d)\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?(?!\\d)|\\d+(?:${d}\\d+)?`;
  const strip = new RegExp(g, 'g');
  return {
    source,
    parse: (raw) => Number(raw.replace(strip, '').replace(decimal, '.')),
  };
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
  $: 'USD', us$: 'USD', a$: 'AUD', c$: 'CAD', nz$: 'NZD', hk$: 'HKD', r$: 'BRL', '€': 'EUR', '£': 'GBP',
  '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₺': 'TRY', usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY',
  chf: 'CHF', cny: 'CNY', rmb: 'CNY', inr: 'INR', rub: 'RUB', brl: 'BRL',
};

/**
 * A written-number reader from a table of words: small numbers add up, scales multiply ("twenty-five",
 * "a dozen", "one hundred", "doscientos mil"). `split` breaks a word into parts first (German writes
 * "fünfundzwanzig" as one word); `ignore` words are skipped ("and", "y"); `one` words count 1 before a
 * scale ("a hundred").
 */
export function numberWordReader(table: {
  small: Readonly<Record<string, number>>;
  scales: Readonly<Record<string, number>>;
  ignore: ReadonlySet<string>;
  one?: ReadonlySet<string>;
  dozen?: string;
  split?: (word: string) => string[];
  /** Rewrites the phrase before it is read ("quatre-vingts" → one word). */
  normalize?: (phrase: string) => string;
  /** A scale right after a larger one multiplies it: "mil millones" is 10^9, not 10^6 + 10^3. */
  compound?: boolean;
}): (phrase: string) => number | undefined {
  return (phrase) => {
    const lower = phrase.toLowerCase();
    let words = (table.normalize ? table.normalize(lower) : lower)
      .replace(/-/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    if (table.split) words = words.flatMap(table.split);
    if (words.length === 0) return undefined;
    let total = 0;
    let current = 0;
    let seen = false;
    for (const word of words) {
      if (table.one?.has(word)) {
        current = current || 1;
        continue;
      }
      if (word === table.dozen) {
        current = (current || 1) * 12;
        seen = true;
        continue;
      }
      if (table.ignore.has(word)) continue;
      const small = table.small[word];
      if (small !== undefined) {
        current += small;
        seen = true;
        continue;
      }
      const scale = table.scales[word];
      if (scale !== undefined) {
        if (table.compound && current === 0 && total > 0 && scale >= 1e3) {
          total *= scale;
          seen = true;
          continue;
        }
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
  };
}
