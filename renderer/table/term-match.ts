/**
 * How "Filter claims" matches one term of its query against lowercased text. A term that begins with a
 * letter or digit matches where a word of the text begins, so "ten" finds "ten" and "tens" but not
 * "Stoltenberg", and "27" finds "$27"; one that begins otherwise ("$27", "(nato") matches anywhere. A
 * phrase (typed in quotes) matches its words in order with any whitespace between them.
 */

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True when `char` is part of a word (a letter, its accent or a digit, of any script). */
function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** True when the term holds whitespace: a phrase the query had in quotes. */
export function isPhrase(term: string): boolean {
  return term.includes(' ');
}

/** Where `term` (no whitespace) next occurs in `text` from `from` on at a word's start; -1 if nowhere. */
export function nextWordStart(text: string, term: string, from: number): number {
  const anywhere = !isWordChar(term[0]);
  let at = text.indexOf(term, from);
  while (at >= 0 && !anywhere && isWordChar(text[at - 1])) at = text.indexOf(term, at + 1);
  return at;
}

const phrasePatterns = new Map<string, RegExp>();

function phrasePattern(phrase: string): RegExp {
  let pattern = phrasePatterns.get(phrase);
  if (!pattern) {
    const words = phrase.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const start = isWordChar(phrase[0]) ? '(?<![\\p{L}\\p{M}\\p{N}])' : '';
    pattern = new RegExp(start + words.join('\\s+'), 'u');
    if (phrasePatterns.size > 100) phrasePatterns.clear();
    phrasePatterns.set(phrase, pattern);
  }
  return pattern;
}

/** True when lowercased `text` holds `term` as "Filter claims" matches it. */
export function holdsTerm(text: string, term: string): boolean {
  if (isPhrase(term)) return phrasePattern(term).test(text);
  return nextWordStart(text, term, 0) >= 0;
}

/**
 * The terms of a query, lowercased: its words, and each stretch in straight or curly double quotes as
 * one phrase (whitespace inside it made single spaces). An unclosed quote runs to the end.
 */
export function queryTerms(query: string): readonly string[] {
  const terms: string[] = [];
  const parts = query.toLowerCase().split(/["“”„]/);
  parts.forEach((part, i) => {
    const words = part.split(/\s+/).filter(Boolean);
    if (i % 2 === 1 && words.length > 1) terms.push(words.join(' '));
    else terms.push(...words);
  });
  return terms;
}
