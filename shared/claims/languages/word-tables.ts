/** Helpers for building a language's regexes from its word lists. */
import { escapeRegex } from '../numbers';

/**
 * Regex source of a written-out number: one or more of the words, joined by spaces, hyphens or `join`
 * ("veinticinco mil", "trente-cinq", "treinta y cinco"), never inside a longer word.
 */
export function wordsSource(words: readonly string[], join = ''): string {
  const alternatives = [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
  return `(?<![\\p{L}])(?:${alternatives})(?:(?:${join}[ -]|[ -])(?:${alternatives}))*(?![\\p{L}])`;
}

/** A title as written in running text: its first letter in either case ("[Ss]ecretario general"). */
export function eitherCase(words: readonly string[]): string {
  return words
    .map((w) => {
      const first = w.charAt(0);
      const rest = escapeRegex(w.slice(1)).replace(/ /g, '\\s+');
      return first.toLowerCase() === first.toUpperCase()
        ? escapeRegex(first) + rest
        : `[${first.toUpperCase()}${first.toLowerCase()}]${rest}`;
    })
    .join('|');
}
