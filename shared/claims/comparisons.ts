import type { Candidate, SentenceRef } from './types';

const SUPERLATIVES =
  'largest|biggest|highest|lowest|greatest|smallest|worst|best|fastest|slowest|strongest|weakest|deadliest|' +
  'longest|shortest|oldest|youngest|richest|poorest|cheapest|hottest|coldest|warmest|wettest|driest|heaviest|' +
  'busiest|safest|widest|deepest|tallest|toughest|costliest|wealthiest|steepest|sharpest|hardest|fewest|' +
  'furthest|farthest|bloodiest|fiercest|worst-ever|largest-ever|biggest-ever|highest-ever|lowest-ever|' +
  '(?:most|least) [\\p{L}-]+';
const ORDINAL = '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))[- ]';
const DETERMINER = "(?:one of\\s+)?(?:the|its|their|his|her|our|[\\p{Lu}][\\p{L}]+['’]s)";
/** Words that may continue the noun phrase after a superlative: adjectives and nouns, not function words. */
const NP_WORD =
  "(?:\\s+(?!(?:is|are|was|were|has|have|had|will|would|to|in|on|at|of|for|and|or|but|that|which|who|since|ever|as|by|with|from|than|this|these|those|it|they|he|she|we)\\b)[\\p{L}][\\p{L}'’-]*)";
/** What scopes a superlative or first: "since the Cold War", "in history", "on record", "ever". */
const SCOPE =
  "(?:\\s+(?:ever(?:\\s+recorded)?|on record|in history|of all time|to date|(?:since|in|of|for|across)\\s+(?:the\\s+|a\\s+|its\\s+)?(?:[\\p{L}\\d][\\p{L}\\d'’-]*)(?:\\s+(?!(?:and|but|which|that|who|when|where|because|while)\\b)[\\p{L}\\d][\\p{L}\\d'’-]*){0,3}))?";

const SUPERLATIVE_RE = new RegExp(
  `\\b${DETERMINER}\\s+(?:${ORDINAL})?(?:${SUPERLATIVES})\\b${NP_WORD}{0,4}${SCOPE}`,
  'giu',
);
const FIRST_RE = new RegExp(
  `\\b(?:for the first time(?:\\s+(?:since|in|ever)\\b[^,.;:]{0,40})?|the first [\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:to|since|ever)\\b[^,.;:]{0,40}|record(?:-breaking|-high|-low| high| low| number of [\\p{L}-]+| levels?)|all-time (?:high|low)|never before[^,.;:]{0,40}|unprecedented [\\p{L}-]+)`,
  'giu',
);
const COMPARATIVE_RE = new RegExp(
  `\\b(?:(?:more|less|fewer)\\s+(?![\\d$€£])[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?|(?!(?:other|rather|never|ever|whether|over|under|after|either|neither|together|sooner|later)\\b)[\\p{L}]{2,}er|better|worse|twice as [\\p{L}-]+ as|\\d+(?:\\.\\d+)? times (?:more|higher|larger|bigger|as [\\p{L}-]+ as))\\s+than\\s+(?![\\d$€£])[^,.;:]{1,50}`,
  'giu',
);
const DOUBLED_RE =
  /\b(?:doubled|tripled|quadrupled|halved|twice as (?:many|much|large|big|high)|tenfold|twofold|threefold)\b/giu;

function trimEnd(s: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,;:]/.test(s[e - 1] as string)) e--;
  return e;
}

/**
 * Finds superlatives, comparatives, firsts and records in one sentence: "the largest Russian deployment
 * since the Cold War", "higher than expected", "for the first time since 1990", "a record high".
 */
export function findComparisons(sentence: SentenceRef): Candidate[] {
  const s = sentence.text;
  const out: Candidate[] = [];
  const add = (start: number, end: number, type: string, prior: number): void => {
    const e = trimEnd(s, start, end);
    if (out.some((c) => c.start < sentence.start + e && sentence.start + start < c.end)) return;
    out.push({
      start: sentence.start + start,
      end: sentence.start + e,
      kind: 'comparison',
      values: { comparison: type },
      prior,
    });
  };
  for (const [re, type, prior] of [
    [SUPERLATIVE_RE, 'superlative', 0.8],
    [FIRST_RE, 'first-or-record', 0.8],
    [COMPARATIVE_RE, 'comparative', 0.7],
    [DOUBLED_RE, 'ratio', 0.7],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (
        type === 'superlative' &&
        /\b(?:best|most|least)\s+(?:of|to|part|way|likely|probably)\b/i.test(m[0])
      )
        continue;
      add(m.index, m.index + m[0].length, type, prior);
    }
  }
  return out;
}
