/**
 * The tense of the words around a date in its sentence: whether a date written without a year ("on
 * January 12") has passed or is to come, and the clause those words are read in.
 */

/** What the words around a date say of it. */
export type Tense = 'past' | 'future';

// Constants: the Node bundles turn a `\p{…}` literal into `new RegExp` where it stands.
const LETTER = /\p{L}/u;
const SPACE = /\s/;

/** Punctuation that ends a clause, in every language the packs read: , ; : – — ( ). */
const clauseBreak = (c: number): boolean =>
  c === 44 || c === 59 || c === 58 || c === 0x2013 || c === 0x2014 || c === 40 || c === 41;

/** How far (in characters) a verb in -ed may stand from the date and still tell its tense. */
const ED_REACH = 40;
/** How far before and after the date cues are looked for: nearer ones are read first anyway. */
const REACH_BEFORE = 120;
const REACH_AFTER = 80;

/** Whether the character at `i` is a letter (ASCII read by its code, the rest by the pattern). */
function letterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(s[i] as string);
}

/** Whether [a, b) holds at least two words with a letter (words split at white space). */
function twoWords(s: string, a: number, b: number): boolean {
  let words = 0;
  let inWord = false;
  let counted = false;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || (c > 127 && SPACE.test(s[i] as string))) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && letterAt(s, i)) {
      counted = true;
      if (++words >= 2) return true;
    }
  }
  return false;
}

/**
 * Where the words that tell a date's tense stand: the clause it is in ("…will pay $27 from June, the
 * board said on Thursday"), or the whole sentence when the clause holds hardly more than the date ("On
 * Thursday, the board will vote").
 */
export function tenseBounds(s: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !clauseBreak(s.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < s.length && !clauseBreak(s.charCodeAt(to))) to++;
  // The words either side of the date, as if the two parts were one text joined by a space.
  if (twoWords(s, from, start) || twoWords(s, end, to)) return { from, to };
  return oneWordEach(s, from, start, end, to) ? { from, to } : { from: 0, to: s.length };
}

/** Whether the text before the date and the text after it hold a word with a letter each. */
function oneWordEach(s: string, from: number, start: number, end: number, to: number): boolean {
  let before = false;
  for (let i = from; i < start && !before; i++) before = letterAt(s, i);
  if (!before) return false;
  for (let i = end; i < to; i++) if (letterAt(s, i)) return true;
  return false;
}

/** The text of `tenseBounds`. */
export function tenseContext(s: string, start: number, end: number): string {
  const { from, to } = tenseBounds(s, start, end);
  return s.slice(from, to);
}

/**
 * The tense of the date at [start, end) of sentence `s`, read from one cue in its clause (see
 * `tenseBounds`), within reach of the date: the last before it, since a date written after a verb belongs
 * to it ("talks that opened on January 12 will resume"), else the first after it ("On January 12, the
 * board voted"). `cues` is a language's sticky regex, tried at the start of each word, whose group 1
 * matches a future cue ("will", "is scheduled to"), group 2 a word that leaves the date undecided
 * ("would", "postponed"), group 3 a past cue ("was", "said", "ago"), group 4 a verb in -ed, which
 * counts only close to the date, and group 5 a verb in the present, which leaves the date undecided but
 * counts only after another cue before the date: it is the verb of the date's own clause, after a
 * reporting verb's ("the board said the council meets on March 3"). Alone it is left out, so the cue after
 * the date is read as before ("Is it true that on January 12 the board voted?"). Undefined when no cue is
 * found, or the one read leaves it undecided.
 */
export function tenseOfDate(s: string, start: number, end: number, cues: RegExp): Tense | undefined {
  const bounds = tenseBounds(s, start, end);
  const from = Math.max(bounds.from, start - REACH_BEFORE);
  const to = Math.min(bounds.to, end + REACH_AFTER);
  let cue: RegExpExecArray | undefined;
  for (let i = from; i < to; i++) {
    if (i === start) i = end;
    if (!letterAt(s, i) || (i > 0 && letterAt(s, i - 1))) continue;
    cues.lastIndex = i;
    const m = cues.exec(s);
    if (!m) continue;
    const cueEnd = i + m[0].length;
    if (cueEnd > to) break;
    const before = i < start;
    if (m[4] !== undefined && (before ? start - cueEnd : i - end) > ED_REACH) continue;
    if (m[5] !== undefined && !(before && cue)) continue;
    if (before || !cue) cue = m;
    if (!before) break;
    i = cueEnd - 1;
  }
  if (!cue) return undefined;
  if (cue[1] !== undefined) return 'future';
  return cue[2] !== undefined || cue[5] !== undefined ? undefined : 'past';
}
