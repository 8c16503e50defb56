/** Telephone numbers, which are no figures: "555-123-4567", "(555) 123-4567", "+44 20 7946 0958". */

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
