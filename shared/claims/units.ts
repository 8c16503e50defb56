/** Reading what a number counts: "800 battle tanks and armored vehicles" → "battle tanks and armored vehicles". */

/** Words that end a unit phrase: function words, pronouns and common verbs. */
export const UNIT_STOP_WORDS = new Set(
  (
    'a an the this that these those its it his her their our my your we you they he she i who whom whose which what ' +
    'is are was were be been being am has have had having do does did will would shall should can could may might must ' +
    'to in on at by for from with without into onto over under about after before since until than then as per via ' +
    'of and or but nor so yet if when while where because though although also too very just only even still already ' +
    'not no never ever more most less least each every all any some such own same other another both either neither ' +
    'said says say told according including includes include included like up down out off again last next ago ' +
    'there here now today yesterday tomorrow week weeks month months year years day days hour hours decade decades ' +
    'died killed lost made make makes went go goes come came got get gets took take takes gave give live lived ' +
    'work worked expected set seen saw see left leave remain remained rose fell rise fall grew grow dropped increased'
  ).split(' '),
);

/** Time words: "ten days" is a duration, read by the date finder, not a count of things. */
const TIME_UNITS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'year', 'years', 'decade', 'decades', 'century', 'centuries', 'night', 'nights',
]); // prettier-ignore

/** Quantifiers and numbers that start a new figure after "and": "13,000 soldiers and another 3,500". */
const NEW_FIGURE =
  /^(?:another|some|about|around|more|over|nearly|almost|up|at|\d|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\b/i;

const WORD = /^[ \u00a0]+([\p{L}][\p{L}'’-]*)/u;

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
export function readUnit(s: string, at: number, vague = false): UnitRead | undefined {
  let pos = at;
  if (vague) {
    const of = /^ of\b/.exec(s.slice(pos, pos + 4));
    if (!of) return undefined;
    pos += of[0].length;
  }
  const words: string[] = [];
  let end = pos;
  for (let guard = 0; guard < 8 && words.length < 6; guard++) {
    const m = WORD.exec(s.slice(pos, pos + 40));
    if (!m || m[1] === undefined) break;
    const word = m[1];
    const lower = word.toLowerCase();
    if (lower === 'and' || lower === 'or') {
      const next = WORD.exec(s.slice(pos + m[0].length, pos + m[0].length + 40))?.[1] ?? '';
      if (
        words.length === 0 ||
        NEW_FIGURE.test(next) ||
        UNIT_STOP_WORDS.has(next.toLowerCase()) ||
        next === ''
      )
        break;
      words.push(lower);
      pos += m[0].length;
      continue;
    }
    if (lower === 'of') {
      const next = WORD.exec(s.slice(pos + m[0].length, pos + m[0].length + 40))?.[1] ?? '';
      if (words.length === 0 || words.length > 2 || !/^\p{Ll}/u.test(next) || UNIT_STOP_WORDS.has(next))
        break;
      words.push(lower);
      pos += m[0].length;
      continue;
    }
    if (TIME_UNITS.has(lower) && words.length === 0) {
      return { unit: lower, end: pos + m[0].length, time: true };
    }
    if (UNIT_STOP_WORDS.has(lower) || /ly$/.test(lower)) break;
    // A past participle at the end of the phrase is a verb: "2,019 people died", "300 arrested".
    if (/ed$/.test(lower) && words.length > 0) {
      const next = WORD.exec(s.slice(pos + m[0].length, pos + m[0].length + 40))?.[1] ?? '';
      if (next === '' || UNIT_STOP_WORDS.has(next.toLowerCase())) break;
    }
    words.push(/^\p{Lu}\p{Ll}/u.test(word) ? word : lower);
    pos += m[0].length;
    end = pos;
  }
  // Do not end on a joining word.
  while (words.length > 0 && ['and', 'or', 'of'].includes(words[words.length - 1] as string)) words.pop();
  if (words.length === 0) return undefined;
  return { unit: words.join(' '), end, time: false };
}
