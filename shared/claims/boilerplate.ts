import type { Span } from '../domain/document';
import type { LanguagePack } from './languages/tables';
import { LANGUAGE_PACKS } from './languages/packs';
import { wordsUpTo } from './word-count';

/** One language's boilerplate patterns, compiled. */
interface LinePatterns {
  link: RegExp;
  ad: RegExp;
  furniture: RegExp;
}

/**
 * English keeps its ASCII word boundaries; the other languages' words carry accents, so their edges are
 * "no letter or digit here" instead.
 */
function compile(code: string, b: LanguagePack['boilerplate']): LinePatterns {
  if (code === 'en') {
    return {
      link: new RegExp(`^(?:${b.links})\\s*[:：|»>-]`, 'i'),
      ad: new RegExp(`\\b(?:${b.ads})\\b`, 'i'),
      furniture: new RegExp(`^(?:${b.furniture})$`, 'i'),
    };
  }
  return {
    link: new RegExp(`^(?:${b.links})\\s*[:：|»>-]`, 'iu'),
    ad: new RegExp(`(?<![\\p{L}\\d])(?:${b.ads})(?![\\p{L}\\d])`, 'iu'),
    furniture: new RegExp(`^(?:${b.furniture})$`, 'iu'),
  };
}

/**
 * Every language's patterns are tried on every line: boilerplate lines are too short to tell their
 * language, and a Spanish "Lea también:" line inside an English draft is still boilerplate.
 */
const PATTERNS: readonly LinePatterns[] = LANGUAGE_PACKS.map((pack) => compile(pack.code, pack.boilerplate));

/**
 * Whether one line (no line breaks) is boilerplate rather than article text: a related-article link,
 * an advert, a caption, a sharing prompt or a sign-off.
 */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.replace(/[\u00a0\u2000-\u200b]/g, ' ').trim();
  if (trimmed === '') return false;
  if (PATTERNS.some((p) => p.link.test(trimmed) || p.furniture.test(trimmed))) return true;
  // Counted up to 15: the checks below ask only whether a line has at most 14 words, or 4.
  const words = wordsUpTo(trimmed, 15);
  const endsLikeSentence = /[.!?…"”»“)]$/.test(trimmed);
  if ((words <= 14 || !endsLikeSentence) && PATTERNS.some((p) => p.ad.test(trimmed))) return true;
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
