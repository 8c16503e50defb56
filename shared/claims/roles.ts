import type { Candidate, SentenceRef } from './types';

/** Titles of office, capitalized as written before a name: "Prime Minister", "Secretary General". */
export const TITLE_SOURCE =
  '(?:Secretary[- ]General|Secretary of State|Prime Minister|Deputy Prime Minister|Foreign Minister|Defen[cs]e Minister|' +
  'Finance Minister|Interior Minister|Health Minister|Minister(?: of [\\p{Lu}][\\p{L}]+(?: and [\\p{Lu}][\\p{L}]+)?)?|' +
  'Vice President|President(?:-elect)?|Chancellor|Governor|Mayor|Senator|Sen\\.|Rep\\.|Representative|Congressman|' +
  'Congresswoman|Speaker|Ambassador|Spokesman|Spokeswoman|Spokesperson|Chief Executive|CEO|Chairman|Chairwoman|' +
  'Chair|Director(?:[- ]General)?|Commander|General|Admiral|King|Queen|Prince|Princess|Pope|Judge|Justice|' +
  'Chief Justice|Attorney General|Prosecutor|Envoy|Adviser|Advisor|Premier|Foreign Secretary|Home Secretary|' +
  'Chief of Staff|Leader|Head|Founder|Professor|Dr\\.)';

/** Role words in running text, any case: "the former Norwegian prime minister". */
export const ROLE_WORD =
  /\b(?:prime minister|minister|president|secretary|chancellor|governor|mayor|senator|congress(?:man|woman)|ambassador|spokes(?:man|woman|person)|chief|ceo|chair(?:man|woman)?|director|commander|general|admiral|king|queen|prince|princess|pope|judge|justice|prosecutor|envoy|advis[eo]r|premier|leader|head|founder|professor|official|diplomat|lawmaker|economist|analyst|expert|officer)\b/i;

const MODIFIERS =
  '(?:(?:former|then|acting|interim|deputy|vice|outgoing|incoming|current|new|late|ex-)\\s+)*';
const NAME =
  "([\\p{Lu}][\\p{L}'’-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’-]+|de|van|von|da|bin|al|der|la|le)){0,2}\\s+[\\p{Lu}][\\p{L}'’-]+)";
const OF_PLACE = '(?:\\s+of\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}-]*(?:\\s+(?:of\\s+)?[\\p{Lu}][\\p{L}-]*){0,3})?';
const QUALIFIERS = "(?:(?:[\\p{Lu}][\\p{L}.'’-]*|U\\.S\\.)\\s+){0,3}";

/** "NATO Secretary General Jens Stoltenberg", "the Prime Minister of North Macedonia, Dimitar Kovacevski". */
const TITLE_NAME = new RegExp(
  `(?:\\b[Tt]he\\s+)?(${MODIFIERS}${QUALIFIERS}${TITLE_SOURCE}${OF_PLACE}),?\\s+${NAME}(?![\\p{L}])`,
  'gu',
);
/** "Jens Stoltenberg, the NATO chief," */
const NAME_APPOSITIVE = new RegExp(
  `${NAME},\\s+((?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?(?:${ROLE_WORD.source.slice(2, -2)})(?:\\s+of\\s+[^,.;]{1,40}?)?)(?=[,.;])`,
  'giu',
);

/** A person named with their role. */
export interface PersonRole {
  name: string;
  role: string;
  /** Absolute offsets of the whole phrase. */
  start: number;
  end: number;
}

/** Quick tests before the costly patterns: a title followed by a capitalized word; a ", the … role" appositive. */
const TITLE_HINT = new RegExp(`${TITLE_SOURCE}(?:\\s+of\\s+[^,.;]{1,40}?)?,?\\s+[\\p{Lu}]`, 'u');
const APPOSITIVE_HINT = /,\s+(?:the|a|an)\s/i;

/** Strips title words a greedy name match may have swallowed: "General Jens Stoltenberg" → "Jens Stoltenberg". */
function cleanName(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 2 && new RegExp(`^${TITLE_SOURCE}$`, 'u').test(words[0] as string)) words.shift();
  return words.join(' ');
}

/** Finds people named with their role in one sentence. */
export function findPersonRoles(sentence: SentenceRef): PersonRole[] {
  const s = sentence.text;
  const out: PersonRole[] = [];
  for (const re of [TITLE_NAME, NAME_APPOSITIVE]) {
    if (re === TITLE_NAME && !TITLE_HINT.test(s)) continue;
    if (re === NAME_APPOSITIVE && !(APPOSITIVE_HINT.test(s) && ROLE_WORD.test(s))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const [role, name] = re === TITLE_NAME ? [m[1], m[2]] : [m[2], m[1]];
      if (!role || !name) continue;
      if (/^(?:The|A|An|In|On|At|But|And)$/.test(name.split(/\s+/)[0] ?? '')) continue;
      out.push({
        name: cleanName(name),
        role: role.trim(),
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
      });
    }
  }
  return out;
}

/** Role claims ("Dimitar Kovacevski is the Prime Minister of North Macedonia") for one sentence. */
export function findRoles(sentence: SentenceRef, people: readonly PersonRole[]): Candidate[] {
  return people.map((p) => {
    const the = /^the\b/i.test(p.role) || /^[\p{Lu}]{2,}/u.test(p.role) ? '' : 'the ';
    const former = /\bformer\b/i.test(p.role);
    return {
      start: p.start,
      end: p.end,
      kind: 'attribution' as const,
      values: { person: p.name, role: p.role },
      prior: former ? 0.55 : 0.5,
      text: `${p.name} is ${the}${p.role}.`,
    };
  });
}

/** "according to the sources consulted": who a statement is attributed to. */
export function findAccordingTo(sentence: SentenceRef): Candidate[] {
  const m = /\baccording to ((?:the |a |an )?[^,.;:]{2,60}?)(?=[,.;:]|$)/i.exec(sentence.text);
  if (!m || !m[1]) return [];
  const source = m[1].trim();
  return [
    {
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
      kind: 'attribution',
      values: { source, anonymous: /\bsources?\b|\bofficials\b|\bpeople familiar\b/i.test(source) },
      prior: 0.55,
    },
  ];
}
