/**
 * Telephone numbers, which are no figures: "555-123-4567", "(555) 123-4567", "+44 20 7946 0958", and
 * "call 555-1234" after a telephone word.
 */

/**
 * A telephone number from where it starts: an area code in brackets, then 3 and 4 digits; 3, 3 and 4
 * digits joined by one separator; or a country code after "+" and two to four groups of digits.
 */
const PHONE =
  /(?:\(\d{2,4}\)[ .\-\u2013]?\d{3}[ .\-\u2013]\d{4}|\d{3}([.\-\u2013])\d{3}\1\d{4}|\+\d{1,3}(?:[ .-]?(?:\(\d{1,4}\)|\d{2,4})){2,4})(?![\d\-\u2013])/y;

/**
 * Where the telephone number that the numeral `raw` at `at` opens (or the "(" or "+" right before it)
 * ends, or -1 if it opens none. Asked of a numeral of three digits (the "555" of "555-123-4567" or
 * "555.123" as a decimal) or one after "(" or "+", so most figures cost a comparison or two.
 */
export function phoneNumberEnd(s: string, at: number, raw: string): number {
  const before = s[at - 1];
  const opener = before === '(' || before === '+';
  if (!opener && raw.length !== 3 && raw.length !== 7) return -1;
  PHONE.lastIndex = opener ? at - 1 : at;
  return PHONE.test(s) ? PHONE.lastIndex : -1;
}

/** Three digits and four joined by one dash or dot ("555-1234", "555.1234"), not part of a longer number. */
const LOCAL = /\d{3}[.\-\u2013]\d{4}(?!\d|[.\-\u2013]\d)/y;

/**
 * Where the seven-digit local telephone number at `at` ends ("call 555-1234"), or -1. Three digits and
 * four joined by a dash are also a range ("300-1200 soldiers", "pages 555-1234"), so it is a telephone
 * number only when a telephone word of the language (`telephoneBefore`: "call", "phone", "tel.", "fax",
 * "dial", "hotline"…) stands in the 40 characters before it; the caller also keeps it a range when a noun
 * is counted after it ("the hotline took 300-1200 calls"). Asked only of a numeral that starts with
 * three digits, in a language with telephone words.
 */
export function localPhoneEnd(s: string, at: number, raw: string, telephoneBefore: RegExp): number {
  if (raw.length !== 3 && raw[3] !== '.') return -1;
  const before = s[at - 1] ?? ' ';
  if ((before >= '0' && before <= '9') || before === '-' || before === '.' || before === '\u2013') return -1;
  LOCAL.lastIndex = at;
  if (!LOCAL.test(s)) return -1;
  return telephoneBefore.test(s.slice(Math.max(0, at - 40), at)) ? LOCAL.lastIndex : -1;
}
