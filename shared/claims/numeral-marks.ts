/** Marks written around a numeral, in every language: a minus sign before it, a degree sign after it. */

// Constants: the Node bundles turn a `\p{…}` literal into `new RegExp` where it stands.
/** A letter or digit: a hyphen after one joins words or numbers ("COVID-19", "10-20"), it is no sign. */
const JOINED = /[\p{L}\p{N}]/u;

/**
 * Where the minus sign of the numeral (or currency sign) at `at` stands, or -1 if it has none: a
 * hyphen-minus or U+2212 MINUS SIGN right before it, with no letter or digit right before the sign.
 */
export function minusSignBefore(s: string, at: number): number {
  const sign = s[at - 1];
  if (sign !== '-' && sign !== '\u2212') return -1;
  return JOINED.test(s[at - 2] ?? ' ') ? -1 : at - 1;
}

/** A temperature's unit after a numeral: "°C", "° F", "ºC" (the ordinal sign typed for the degree), "℃". */
const TEMPERATURE = /^[ \u00a0\u202f]?(?:[°º] ?([CF])|([℃℉]))(?![\p{L}\d])/u;

/** Reads a temperature's unit at the start of `after`: the unit ("°C") and how long it is written. */
export function temperatureAfter(after: string): { unit: string; length: number } | undefined {
  const m = TEMPERATURE.exec(after);
  if (!m) return undefined;
  const scale = m[1] ?? (m[2] === '℃' ? 'C' : 'F');
  return { unit: `°${scale}`, length: m[0].length };
}
