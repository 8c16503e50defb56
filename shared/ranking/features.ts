/** Sentence features for the check-worthiness model: hashed word n-grams plus hand-made cues. */
import { ENGLISH_CUES, englishCues } from './english-cues';
import { tokenize } from './tokens';
import { UNIVERSAL_CUES, universalCues } from './universal-cues';
import { linearOver } from './linear';

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

const START = fnv1a('<s>');
const END = fnv1a('</s>');

/** A bigram's hash from its words' hashes (order matters; a bigram never lands where its words do). */
export function pairHash(first: number, second: number): number {
  let h = Math.imul(first ^ 0x9e3779b9, 0x85ebca6b) ^ second;
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}

/** How many features the English vector has for `bits`: buckets, then universal cues, then English cues. */
export function englishDimension(bits: number): number {
  return (1 << bits) + UNIVERSAL_CUES.length + ENGLISH_CUES.length;
}

/** The language-independent vector: the universal cues alone, indices 0 … UNIVERSAL_CUES.length − 1. */
export function universalVector(sentence: string): SparseVector {
  const cues = universalCues(sentence);
  return { index: Int32Array.from(cues.keys()), value: Float32Array.from(cues) };
}

/** Each bucket's n-gram count (up to 2) while a sentence is read; all zero between sentences. */
let bucketCounts = new Uint8Array(0);

/**
 * The last sentence's English features, written in place: `length` of them in `index` and `value`.
 * Scoring reads them from here, so a sentence scored makes no vector (two typed arrays and the arrays
 * they were built from, for every sentence of every draft).
 */
const features = { index: new Int32Array(256), value: new Float32Array(256), length: 0 };

/**
 * Writes the English features of a sentence to `features`: unigrams and bigrams hashed into `2^bits`
 * buckets (counts capped at 2, scaled by 1/√n) in the order first seen, then the universal cues at
 * `2^bits …`, then the English cues.
 */
function writeEnglishFeatures(sentence: string, bits: number): void {
  const tokens = tokenize(sentence);
  const size = 1 << bits;
  const mask = size - 1;
  if (bucketCounts.length !== size) bucketCounts = new Uint8Array(size);
  const counts = bucketCounts;
  const most = 2 * tokens.words.length + 1 + UNIVERSAL_CUES.length + ENGLISH_CUES.length;
  if (features.index.length < most) {
    features.index = new Int32Array(most);
    features.value = new Float32Array(most);
  }
  const { index, value } = features;
  // The buckets in the order first seen, each once (the weights are summed in this order).
  let buckets = 0;
  const add = (hash: number): void => {
    const h = hash & mask;
    const count = counts[h] as number;
    if (count === 0) index[buckets++] = h;
    if (count < 2) counts[h] = count + 1; // a count is capped at 2 anyway
  };
  let previous = START;
  for (const word of tokens.words) {
    const h = fnv1a(word);
    add(h);
    add(pairHash(previous, h));
    previous = h;
  }
  add(pairHash(previous, END));
  const norm = 1 / Math.sqrt(Math.max(1, buckets));
  for (let i = 0; i < buckets; i++) {
    const h = index[i] as number;
    value[i] = (counts[h] as number) * norm;
    counts[h] = 0;
  }
  let i = buckets;
  let cue = size;
  for (const x of universalCues(sentence)) {
    index[i] = cue++;
    value[i++] = x;
  }
  for (const x of englishCues(tokens)) {
    index[i] = cue++;
    value[i++] = x;
  }
  features.length = i;
}

/**
 * The English vector of a sentence: unigrams and bigrams hashed into `2^bits` buckets (counts capped at
 * 2, scaled by 1/√n), then the universal cues at `2^bits …`, then the English cues.
 */
export function englishVector(sentence: string, bits: number): SparseVector {
  writeEnglishFeatures(sentence, bits);
  return { index: features.index.slice(0, features.length), value: features.value.slice(0, features.length) };
}

/** w · x + b for the English vector of a sentence (the same sum as `linear`), without making the vector. */
export function englishLinear(
  weights: ArrayLike<number>,
  bias: number,
  sentence: string,
  bits: number,
): number {
  writeEnglishFeatures(sentence, bits);
  return linearOver(weights, bias, features.index, features.value, features.length);
}
