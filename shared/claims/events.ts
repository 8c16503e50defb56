import type { Candidate, SentenceRef } from './types';

/** Verbs of things that happened or were done, which a checker would source: "says who?". */
const EVENT_VERB =
  /\b(?:rejected|rejects|reject|proposed|proposes|propose|met|meets|meeting|announced|announces|signed|signs|agreed|agrees|approved|approves|launched|launches|banned|bans|imposed|imposes|accused|accuses|denied|denies|confirmed|confirms|warned|warns|asked|asks|called for|calls for|voted|votes|passed|arrested|killed|attacked|invaded|invades|signaled|signalled|signals|insisted|insists|pledged|pledges|promised|promises|vowed|vows|resigned|resigns|elected|appointed|fired|sued|sues|charged|convicted|sentenced|released|published|reported|reports|found|discovered|increased|decreased|rose|fell|cut|raised|spent|won|lost|built|closed|opened|withdrew|deployed|deploys|sanctioned|condemned|condemns|recognized|recognised|refused|refuses|blocked|cancelled|canceled|suspended|ordered|orders|demanded|demands|threatened|threatens|negotiate|negotiated|has not met|will not)\b/i;

/** Sentences that are opinion, questions or hedged prediction rather than statements of fact. */
const NOT_FACTUAL = /\?$|^(?:I|We)\s+(?:think|believe|feel|hope)\b/;

/**
 * A statement of something done or decided (rejections, proposals, meetings) when nothing more specific was
 * found in the sentence: the whole sentence, trimmed, as an event claim.
 */
export function findEvent(sentence: SentenceRef): Candidate[] {
  const s = sentence.text.trim();
  if (s.split(/\s+/).length < 5 || NOT_FACTUAL.test(s)) return [];
  if (!EVENT_VERB.test(s)) return [];
  // A subject that can be named: a capitalized word other than the first, or a definite noun phrase.
  if (!/\s\p{Lu}/u.test(s) && !/\bthe\s+\p{L}+/iu.test(s)) return [];
  const lead = sentence.text.length - sentence.text.trimStart().length;
  let end = sentence.start + lead + s.length;
  if (/[.!]$/.test(s)) end--;
  return [{ start: sentence.start + lead, end, kind: 'event', values: {}, prior: 0.4 }];
}
