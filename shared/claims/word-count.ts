const WHITE_SPACE = /\s/;

/**
 * The words of a text (runs of non-space, as many as `text.trim().split(/\s+/)` has when the text is
 * not blank), counted up to `most`: the finders ask only whether a text is shorter than a few words,
 * and a split made an array of every word of every line and sentence to tell.
 */
export function wordsUpTo(text: string, most: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < most; i++) {
    const c = text.charCodeAt(i);
    const space = c < 0x80 ? c === 32 || (c >= 9 && c <= 13) : WHITE_SPACE.test(text[i] as string);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
