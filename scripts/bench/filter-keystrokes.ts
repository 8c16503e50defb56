import { nextWordStart } from '../../renderer/table/term-match';

/** A word to type into "Filter claims", with how many claims match after each of its keystrokes. */
export interface FilterWord {
  readonly word: string;
  readonly counts: readonly number[];
}

/**
 * Picks what the browser bench types into "Filter claims": whole words, one character at a time. Only
 * a keystroke that changes how many claims match has a repaint to wait for, so a word is kept when at
 * least `minNarrowing` of its keystrokes change the count and it still matches something at the end.
 * `haystacks` are the lowercased texts the filter searches; a prefix matches them as the app matches a
 * typed word (where a word begins: renderer/table/term-match.ts).
 */
export function filterWords(
  haystacks: readonly string[],
  candidates: readonly string[],
  maxWords: number,
  minNarrowing: number,
): FilterWord[] {
  const picked: FilterWord[] = [];
  for (const word of candidates) {
    if (picked.length >= maxWords) break;
    let matching = haystacks;
    const counts: number[] = [];
    for (let end = 1; end <= word.length; end++) {
      const prefix = word.slice(0, end);
      matching = matching.filter((haystack) => nextWordStart(haystack, prefix, 0) >= 0);
      counts.push(matching.length);
    }
    if (counts.at(-1) === 0) continue;
    if (narrowingKeystrokes(haystacks.length, counts).length >= minNarrowing) picked.push({ word, counts });
  }
  return picked;
}

/** Which keystrokes (0-based) change the count, starting from `total` claims. */
export function narrowingKeystrokes(total: number, counts: readonly number[]): number[] {
  const changed: number[] = [];
  counts.forEach((count, i) => {
    if (count !== (i === 0 ? total : counts[i - 1])) changed.push(i);
  });
  return changed;
}

/** Words of 6 to 12 letters in `texts`, most frequent first: likely candidates to type. */
export function commonWords(texts: readonly string[], limit: number): string[] {
  const frequency = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.match(/\p{L}+/gu) ?? []) {
      if (word.length >= 6 && word.length <= 12) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  return [...frequency.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([word]) => word);
}
