/** Sentence features for the check-worthiness model: hashed word n-grams plus a few claim features. */

/** Names of the dense (hand-made) features, in the order `denseFeatures` returns them. */
export const DENSE_FEATURES = [
  'has_digit', 'digit_count', 'percent', 'money', 'year', 'scale_word', 'length', 'very_short', 'capitalized',
  'comparative', 'superlative', 'question', 'first_person', 'second_person', 'negation', 'modal', 'quote',
  'past_tense', 'number_word', 'statistic_word',
] as const; // prettier-ignore

/** A sparse feature vector: parallel arrays of indices and values. */
export interface SparseVector {
  readonly index: Int32Array;
  readonly value: Float32Array;
}

/** 32-bit FNV-1a hash of a string. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const TOKEN = /[$€£%]|\d[\d,.]*|[\p{L}][\p{L}'’]*/gu;

/** Lower-cased word tokens, with numbers folded to shapes: `<year>`, `<num>`, `<money>`, `<pct>`. */
export function tokenize(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    const t = m[0];
    if (t === '$' || t === '€' || t === '£') out.push('<money>');
    else if (t === '%') out.push('<pct>');
    else if (/^\d/.test(t)) out.push(/^(?:1[89]|20)\d\d$/.test(t) ? '<year>' : '<num>');
    else out.push(t.toLowerCase().replace(/’/g, "'"));
  }
  return out;
}

const has = (re: RegExp, s: string): number => (re.test(s) ? 1 : 0);

/** The dense features of a sentence, each roughly in [0, 1]. */
export function denseFeatures(sentence: string, tokens: readonly string[]): number[] {
  const digits = sentence.match(/\d+/g)?.length ?? 0;
  const capitals = sentence.slice(1).match(/(?<=\s)\p{Lu}\p{Ll}+/gu)?.length ?? 0;
  return [
    digits > 0 ? 1 : 0,
    Math.min(1, Math.log1p(digits) / 2),
    has(/%|\bper ?cent\b/i, sentence),
    has(/[$€£]|\b(?:dollars?|euros?|pounds)\b/i, sentence),
    has(/\b(?:1[89]|20)\d\d\b/, sentence),
    has(/\b(?:million|billion|trillion|thousand|hundred)s?\b/i, sentence),
    Math.min(1, tokens.length / 40),
    tokens.length < 6 ? 1 : 0,
    Math.min(1, capitals / 4),
    /\bthan\b/i.test(sentence) && /\b(?:more|less|fewer|\p{L}+er)\s/iu.test(sentence) ? 1 : 0,
    has(/\b(?:most|least|largest|biggest|highest|lowest|best|worst|first|record)\b/i, sentence),
    has(/\?\s*$/, sentence),
    has(/\b(?:I|I'm|I've|we|we're|my|our|me|us)\b/, sentence),
    has(/\b(?:you|your)\b/i, sentence),
    has(/\b(?:not|no|never|n't)\b|n't\b/i, sentence),
    has(/\b(?:will|would|could|should|might|may)\b/i, sentence),
    has(/["“”]/, sentence),
    has(/\b\p{L}{3,}ed\b|\b(?:was|were|had)\b/iu, sentence),
    has(
      /\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|dozens?)\b/i,
      sentence,
    ),
    has(
      /\b(?:percent|rate|tax|taxes|jobs|unemployment|deficit|debt|budget|billion|million|increase|decrease|average|times)\b/i,
      sentence,
    ),
  ];
}

/**
 * The feature vector of a sentence: unigrams and bigrams hashed into `2^bits` buckets (each weighted
 * 1/√n), followed by the dense features at indices `2^bits …`.
 */
export function sentenceVector(sentence: string, bits: number): SparseVector {
  const tokens = tokenize(sentence);
  const size = 1 << bits;
  const mask = size - 1;
  const grams = new Map<number, number>();
  const add = (key: string): void => {
    const h = fnv1a(key) & mask;
    grams.set(h, (grams.get(h) ?? 0) + 1);
  };
  let previous = '<s>';
  for (const token of tokens) {
    add(token);
    add(`${previous} ${token}`);
    previous = token;
  }
  add(`${previous} </s>`);
  const dense = denseFeatures(sentence, tokens);
  const n = grams.size + dense.length;
  const index = new Int32Array(n);
  const value = new Float32Array(n);
  const norm = 1 / Math.sqrt(Math.max(1, grams.size));
  let i = 0;
  for (const [h, count] of grams) {
    index[i] = h;
    value[i] = Math.min(2, count) * norm;
    i++;
  }
  for (let j = 0; j < dense.length; j++) {
    index[i] = size + j;
    value[i] = dense[j] as number;
    i++;
  }
  return { index, value };
}
