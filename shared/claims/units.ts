/** Reading what a number counts: "800 battle tanks and armored vehicles" → "battle tanks and armored vehicles". */
import type { UnitTables } from './languages/tables';

const WORD = /^[ \u00a0]+([\p{L}][\p{L}'’-]*)/u;
/** The first word after an elided "of" ("milliers d'habitants"): no space before it. */
const ELIDED_WORD = /^([\p{L}][\p{L}'’-]*)/u;
// Constants: the Node bundles turn a `\p{…}` literal into `new RegExp` where it stands.
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_CAPITAL = /^\p{Lu}/u;
/** A capital then a small letter: "Leopard", not "NATO". */
const CAPITALIZED = /^\p{Lu}\p{Ll}/u;

/** Units of measure written the same in every language, as written (case matters: "mm", "MW"). */
const MEASURE_SYMBOLS = new Set(
  'km m cm mm kg g mg t ft yd mi mph kph lb lbs oz ha ml kW kWh MW MWh GW GWh TW TWh kV'.split(' '),
);
/** Marks glued to a measure that belong to it: "km²", "m³", "km/h". */
const MEASURE_MARK = /^(?:[²³]|\/(?:h|hr|s)\b)/;

/** Is `word` a unit of measure, written out (lower case) or as a symbol? */
function isMeasure(word: string, t: UnitTables): boolean {
  return MEASURE_SYMBOLS.has(word) || (t.measures?.has(word.toLowerCase()) ?? false);
}

/**
 * Reads what belongs to a unit of measure ending at `at`: a glued mark ("²", "/h") and words such as
 * "per hour" or "Celsius". Returns the text to add to the unit (with its space) and where it ends.
 */
export function measureTail(s: string, at: number, t: UnitTables): { text: string; end: number } {
  let text = '';
  let end = at;
  const mark = MEASURE_MARK.exec(s.slice(end, end + 4));
  if (mark) {
    text += mark[0];
    end += mark[0].length;
  }
  const after = t.measureAfter?.exec(s.slice(end, end + 24));
  if (after && after[1] !== undefined) {
    text += ` ${CAPITALIZED.test(after[1]) ? after[1] : after[1].toLowerCase()}`;
    end += after[0].length;
  }
  return { text, end };
}

/**
 * Reads a unit of measure starting at `at` ("metres", "square kilometres", "km²", "miles per hour"),
 * which is the whole unit: the words after it ("long", "wide", "north", "winds") are not what is counted.
 */
function readMeasure(s: string, at: number, t: UnitTables): { unit: string; end: number } | undefined {
  const m = WORD.exec(s.slice(at, at + 40));
  if (!m || m[1] === undefined) return undefined;
  let word = m[1];
  let end = at + m[0].length;
  let unit = '';
  if (t.measureModifiers?.has(word.toLowerCase())) {
    const next = WORD.exec(s.slice(end, end + 40));
    if (!next || next[1] === undefined || !isMeasure(next[1], t)) return undefined;
    unit = `${word.toLowerCase()} `;
    word = next[1];
    end += next[0].length;
  } else if (!isMeasure(word, t)) return undefined;
  unit += MEASURE_SYMBOLS.has(word) ? word : word.toLowerCase();
  const tail = measureTail(s, end, t);
  return { unit: unit + tail.text, end: tail.end };
}

/** A unit phrase and where it ends. */
export interface UnitRead {
  unit: string;
  end: number;
  /** The unit is a span of time ("days", "years"). */
  time: boolean;
}

/**
 * Reads the noun phrase a number counts, starting at `at` in `s`: up to six words, stopping at function
 * words and verbs; "and"/"or" join two nouns unless a new figure follows; "of" joins a measure and its
 * material ("barrels of oil"). After "thousands" (`vague`), a leading "of" is skipped. A unit of measure
 * ("metres", "km²", "square miles") ends the phrase but for its material ("of water"); after a measure already
 * read (`measured`: "300km²"), only that material is read ("of land").
 */
export function readUnit(
  s: string,
  at: number,
  t: UnitTables,
  vague = false,
  measured = false,
): UnitRead | undefined {
  let pos = at;
  let elided = false;
  if (vague && t.vagueOf) {
    const of = t.vagueOf.exec(s.slice(pos, pos + 5));
    if (!of) return undefined;
    pos += of[0].length;
    elided = /['’]$/.test(of[0]);
  }
  const words: string[] = [];
  let end = pos;
  const nextWord = (m: RegExpExecArray): string =>
    WORD.exec(s.slice(pos + m[0].length, pos + m[0].length + 40))?.[1] ?? '';
  const measure = elided || measured ? undefined : readMeasure(s, pos, t);
  if (measure || measured) {
    // A measure ends the phrase, unless "of" names its material ("3,000 cubic metres of water").
    const from = measure?.end ?? pos;
    const after = WORD.exec(s.slice(from, from + 40))?.[1]?.toLowerCase();
    if (after === undefined || !t.of.has(after)) {
      return measure ? { unit: measure.unit, end: measure.end, time: false } : undefined;
    }
    // After a measure read before `at` ("300km²"), "of" leads the words returned: "of land".
    words.push(measure?.unit ?? '');
    pos = end = from;
  }
  for (let guard = 0; guard < 8 && words.length < 6; guard++) {
    const m = (elided && guard === 0 ? ELIDED_WORD : WORD).exec(s.slice(pos, pos + 40));
    if (!m || m[1] === undefined) break;
    const word = m[1];
    const lower = word.toLowerCase();
    if (t.joiners.has(lower)) {
      const next = nextWord(m);
      if (words.length === 0 || t.newFigure.test(next) || t.stopWords.has(next.toLowerCase()) || next === '')
        break;
      words.push(lower);
      pos += m[0].length;
      continue;
    }
    if (t.of.has(lower)) {
      const next = nextWord(m);
      if (words.length === 0 || words.length > 2 || !STARTS_LOWER.test(next) || t.stopWords.has(next)) break;
      words.push(lower);
      pos += m[0].length;
      continue;
    }
    if (t.timeUnits.has(lower) && words.length === 0) {
      return { unit: lower, end: pos + m[0].length, time: true };
    }
    if (t.stopWords.has(lower) || t.adverb?.test(lower)) break;
    if (words.length > 0 && t.verb?.test(lower)) break;
    if (t.nounEnds && word === lower && STARTS_CAPITAL.test(words[words.length - 1] ?? '')) break;
    // A past participle at the end of the phrase is a verb: "2,019 people died", "300 arrested".
    if (t.participle?.test(lower) && words.length > 0) {
      const next = nextWord(m);
      if (next === '' || t.stopWords.has(next.toLowerCase())) break;
    }
    words.push(CAPITALIZED.test(word) ? word : lower);
    pos += m[0].length;
    end = pos;
  }
  // Do not end on a joining word.
  while (words.length > 0) {
    const last = words[words.length - 1] as string;
    if (!t.joiners.has(last) && !t.of.has(last)) break;
    words.pop();
  }
  if (measured) words.shift();
  if (words.length === 0) return undefined;
  return { unit: words.join(' '), end, time: false };
}
