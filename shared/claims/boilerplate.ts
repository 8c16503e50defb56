import type { Span } from '../domain/document';

/** Lines that open with a related-link marker: "Read: …", "Read more: …", "See also: …". */
const LINK_PREFIX =
  /^(?:read|read more|read also|also read|more|see also|related|related articles?|related stories|recommended|watch|listen|more on this(?: story)?|further reading|latest|trending|top stories|most read|editor'?s picks?|lee también|leer|lire aussi|à lire aussi|lesen sie auch)\s*[:：|»>-]/i;

/** Advertising, betting and commerce words that a news sentence rarely carries. */
const AD_WORDS =
  /\b(?:bookmakers?|casinos?|sportsbooks?|betting|bet365|betmgm|draftkings|fanduel|promo codes?|bonus codes?|free spins|advertisements?|advertising|sponsored|sponsor content|paid content|affiliate links?|partner content|shop now|buy now|best deals?|coupon)\b/i;

/** Page furniture: captions, sharing and subscription prompts, sign-offs, copyright lines. */
const FURNITURE =
  /^(?:news video|video|videos|watch video|photo|photos|photo gallery|gallery|image|images|podcast|listen to this article|audio|advertisement|ad|sponsored|share|share this( article| story)?|share on \w+|tweet|email|print|comments?|\d+ comments?|follow us.*|sign up.*|subscribe.*|newsletter.*|click here.*|all rights reserved.*|copyright\s*(?:©|\(c\)|\d{4}).*|©.*|\(c\) .*|reporting by .*|editing by .*|\(reporting by .*|written by .*|additional reporting .*|this article (was|first appeared|originally).*|this story (was|has been).*|we use cookies.*|accept (?:all )?cookies.*|loading\W*|getty images.*|(afp|ap|reuters|epa|getty)( photo)?\/.*|photo: .*|image: .*|caption: .*|credit: .*|file photo.*)$/i;

/** Words of a line, for length checks. */
function wordCount(line: string): number {
  const words = line.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}

/**
 * Whether one line (no line breaks) is boilerplate rather than article text: a related-article link,
 * an advert, a caption, a sharing prompt or a sign-off.
 */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.replace(/[\u00a0\u2000-\u200b]/g, ' ').trim();
  if (trimmed === '') return false;
  if (LINK_PREFIX.test(trimmed)) return true;
  if (FURNITURE.test(trimmed)) return true;
  const words = wordCount(trimmed);
  const endsLikeSentence = /[.!?…"”»)]$/.test(trimmed);
  if (AD_WORDS.test(trimmed) && (words <= 14 || !endsLikeSentence)) return true;
  // A short caption-like line naming a medium: "news video", "Video: the parade", "Photo gallery".
  if (words <= 4 && !endsLikeSentence && /\b(?:video|photos?|gallery|podcast|slideshow)\b/i.test(trimmed)) {
    return true;
  }
  return false;
}

/**
 * Finds the boilerplate lines of a text: spans cover each such line without its line break.
 * Pure and linear in the text's length.
 */
export function findBoilerplate(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // Short lines only: a paragraph of article text is never boilerplate as a whole.
    if (lineEnd - lineStart < 400) {
      const line = text.slice(lineStart, lineEnd);
      if (isBoilerplateLine(line)) {
        const lead = line.length - line.trimStart().length;
        const trail = line.length - line.trimEnd().length;
        spans.push({ start: lineStart + lead, end: lineEnd - trail });
      }
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}
