/**
 * The words of a claim as the "Checked before" index reads them: lower case, accents folded, function
 * words and digits dropped, plurals and -ed/-ing endings cut, a few newsroom synonyms folded
 * ("soldiers" and "troops" are one word here). Both sides of a match go through the same steps, so
 * the stems only have to agree with each other, not be good English.
 */

/** Function words and reporting verbs: they say nothing about what a claim is about. */
const STOP_WORDS = new Set(
  `a about above after again against all almost also am an and any are around as at be because been
  before being below between both but by can could did do does doing down during each few for from
  further had has have having he her here hers him his how i if in into is it its itself just last
  least less many may me might more most much must my near nearly new no nor not now of off on once
  one only or other our out over own per roughly same say said says she should since so some such
  than that the their them then there these they this those through to too under until up upon very
  was we were what when where which while who whom why will with within would year years yet you
  your according told tells reported stated claimed added week weeks month months day days today
  yesterday ago approximately estimated january february march april may june july august september
  october november december hundred thousand million billion trillion monday tuesday wednesday thursday friday saturday sunday`.split(
    /\s+/,
  ),
);

/** Words folded into one: what a checker reads as the same thing in a restated claim. */
const SYNONYMS: Record<string, string> = {
  soldier: 'troop',
  serviceman: 'troop',
  servicemen: 'troop',
  personnel: 'troop',
  pct: 'percent',
  '%': 'percent',
  jobless: 'unemployment',
  unemployed: 'unemployment',
  usd: 'dollar',
  inhabitant: 'resident',
  fell: 'fall',
  drop: 'fall',
  dropp: 'fall',
  declin: 'fall',
  decline: 'fall',
  decreas: 'fall',
  decrease: 'fall',
  plung: 'fall',
  plunge: 'fall',
  plummet: 'fall',
  rose: 'rise',
  climb: 'rise',
  increas: 'rise',
  increase: 'rise',
  ris: 'rise',
  grew: 'rise',
  grow: 'rise',
  jump: 'rise',
  soar: 'rise',
  biggest: 'largest',
  highest: 'largest',
  greatest: 'largest',
  smallest: 'lowest',
  fewest: 'lowest',
  rejected: 'reject',
  approve: 'approv',
  creat: 'create',
  hir: 'hire',
  fir: 'fire',

  killed: 'kill',
  died: 'death',
  die: 'death',
  dead: 'death',
};

/** Terms that say opposite things: a claim with one and a claim with the other are not the same. */
export const OPPOSITES: readonly (readonly [string, string])[] = [
  ['rise', 'fall'],
  ['largest', 'lowest'],
  ['approv', 'reject'],
  ['won', 'lost'],
  ['gain', 'loss'],
  ['ban', 'allow'],
  ['hire', 'fire'],
  ['cut', 'create'],
];

/** A negation anywhere in a text: "not", "no", "never", "n't", "none". */
export function isNegated(text: string): boolean {
  return /(?:^|[^\p{L}])(?:not|no|never|none|nobody|nothing)(?![\p{L}])|n[’']t(?![\p{L}])/iu.test(text);
}

/** Cuts a plural or an -ed/-ing ending off a lower-case word, keeping at least four letters. */
export function stem(word: string): string {
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && /([bdgkmnprt])\1$/.test(w)) w = w.slice(0, -1); // "planned" → "plan"
  return SYNONYMS[w] ?? SYNONYMS[word] ?? w;
}

/** Folds accents and case: "Ñandú" → "nandu". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const WORD = /[\p{L}][\p{L}'’-]*|%/gu;

/** The terms of a text, in order, repeats kept: what the word index and the similarity count. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const match of fold(text).matchAll(WORD)) {
    for (const part of match[0].split('-')) {
      if (part.length < 2 && part !== '%') continue;
      if (STOP_WORDS.has(part)) continue;
      const term = stem(part);
      if (!STOP_WORDS.has(term)) out.push(term);
    }
  }
  return out;
}
