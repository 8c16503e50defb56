/** Text kept between versions is shortened to its ends, so the changes stand out. */
const KEEP = 160;
/** How far back (or on) a cut may move to fall between words instead of inside one. */
const SLACK = 40;

/**
 * `text` kept whole when short, else its first and last words up to about 160 characters each with
 * " … " between. Cuts fall between words, so no kept end reads as a figure it is not (",000 soldiers").
 */
export function shortenKept(text: string): string {
  if (text.length <= KEEP * 2 + 20) return text;
  let headEnd = KEEP;
  const space = text.slice(KEEP - SLACK, KEEP + 1).search(/\s\S*$/);
  if (space >= 0) headEnd = KEEP - SLACK + space;
  let tailStart = text.length - KEEP;
  const next = text.slice(tailStart - 1, tailStart + SLACK).search(/\s/);
  if (next >= 0) tailStart = tailStart - 1 + next + 1;
  return `${text.slice(0, headEnd).trimEnd()} … ${text.slice(tailStart).trimStart()}`;
}
