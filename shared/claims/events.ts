import type { Candidate, SentenceRef } from './types';
import type { LanguagePack } from './languages/tables';
import { ENGLISH } from './languages/en';
import { wordsUpTo } from './word-count';

// A constant: the Node bundles turn a `\p{…}` literal into `new RegExp` where it stands.
const CAPITAL_AFTER_SPACE = /\s\p{Lu}/u;

/**
 * A statement of something done or decided (rejections, proposals, meetings) when nothing more specific was
 * found in the sentence: the whole sentence, trimmed, as an event claim.
 */
export function findEvent(sentence: SentenceRef, lang: LanguagePack = ENGLISH): Candidate[] {
  const t = lang.events;
  const s = sentence.text.trim();
  if (wordsUpTo(s, 5) < 5 || t.notFactual.test(s)) return [];
  if (!t.verb.test(s)) return [];
  // A subject that can be named: a capitalized word other than the first, or a definite noun phrase.
  if (!CAPITAL_AFTER_SPACE.test(s) && !t.definite.test(s)) return [];
  const lead = sentence.text.length - sentence.text.trimStart().length;
  let end = sentence.start + lead + s.length;
  if (/[.!]$/.test(s)) end--;
  return [{ start: sentence.start + lead, end, kind: 'event', values: {}, prior: 0.4 }];
}
