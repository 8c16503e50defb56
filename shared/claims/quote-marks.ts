/** Whether a language's quotation marks can be skipped for ASCII characters. */

const asciiFree = new WeakMap<ReadonlySet<string>, boolean>();

/**
 * Whether none of these marks is an ASCII character. The readers that walk a sentence character by
 * character ask the mark sets only about non-ASCII characters then: most of a draft is ASCII, and two
 * set look-ups a character were a tenth of sentence splitting.
 */
export function marksAreNonAscii(open: ReadonlySet<string>, close: ReadonlySet<string>): boolean {
  return noAscii(open) && noAscii(close);
}

function noAscii(marks: ReadonlySet<string>): boolean {
  let answer = asciiFree.get(marks);
  if (answer === undefined) {
    answer = [...marks].every((mark) => mark.charCodeAt(0) >= 0x80);
    asciiFree.set(marks, answer);
  }
  return answer;
}
