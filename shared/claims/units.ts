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
 * material ("barrels of oil"). After "thousands" (`vague`), a leading "of" is skipped.
 */
export function readUnit(s: string, at: number, t: UnitTables, vague = false): UnitRead | undefined {
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
  if (words.length === 0) return undefined;
  return { unit: words.join(' '), end, time: false };
}
