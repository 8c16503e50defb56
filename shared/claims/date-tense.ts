/**
 * The tense of the words around a date in its sentence: whether a date written without a year ("on
 * January 12") has passed or is to come, and the clause those words are read in.
 */

/** What the words around a date say of it. */
export type Tense = 'past' | 'future';

// Constants: the Node bundles turn a `\p{…}` literal into `new RegExp` where it stands.
const LETTER = /\p{L}/u;

/** Punctuation that ends a clause, in every language the packs read. */
const CLAUSE_BREAK = /[,;:\u2013\u2014()]/;

/** How far (in characters) a verb in -ed may stand from the date and still tell its tense. */
const ED_REACH = 40;

/**
 * Where the words that tell a date's tense stand: the clause it is in ("…will pay $27 from June, the
 * board said on Thursday"), or the whole sentence when the clause holds hardly more than the date ("On
 * Thursday, the board will vote").
 */
export function tenseBounds(s: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(s[from - 1] as string)) from--;
  let to = end;
  while (to < s.length && !CLAUSE_BREAK.test(s[to] as string)) to++;
  let words = 0;
  for (const w of `${s.slice(from, start)} ${s.slice(end, to)}`.split(/\s+/)) {
    if (LETTER.test(w) && ++words >= 2) return { from, to };
  }
  return { from: 0, to: s.length };
}

/** The text of `tenseBounds`. */
export function tenseContext(s: string, start: number, end: number): string {
  const { from, to } = tenseBounds(s, start, end);
  return s.slice(from, to);
}

/**
 * The tense of the date at [start, end) of sentence `s`, read from one cue in its clause (see
 * `tenseBounds`): the last before the date, since a date written after a verb belongs to it ("talks that
 * opened on January 12 will resume"), else the first after it ("On January 12, the board voted").
 * `cues` is a language's global regex whose group 1 matches a future cue ("will", "is scheduled to"),
 * group 2 a word that leaves the date undecided ("would", "postponed"), group 3 a past cue ("was",
 * "said", "ago") and group 4 a verb in -ed, which counts only close to the date. Undefined when no cue
 * is found, or the one read leaves it undecided.
 */
export function tenseOfDate(s: string, start: number, end: number, cues: RegExp): Tense | undefined {
  const { from, to } = tenseBounds(s, start, end);
  let cue: RegExpExecArray | undefined;
  cues.lastIndex = from;
  for (let m = cues.exec(s); m && m.index < to; m = cues.exec(s)) {
    const cueEnd = m.index + m[0].length;
    if (cueEnd > to) break;
    const before = m.index < start;
    const distance = before ? start - cueEnd : m.index - end;
    if (m[4] !== undefined && distance > ED_REACH) continue;
    if (before || !cue) cue = m;
    if (!before) break;
  }
  if (!cue) return undefined;
  return cue[1] !== undefined ? 'future' : cue[2] !== undefined ? undefined : 'past';
}
