import type { Candidate, SentenceRef } from './types';
import type { LanguagePack } from './languages/tables';
import { ENGLISH } from './languages/en';

/** A person named with their role. */
export interface PersonRole {
  name: string;
  role: string;
  /** Absolute offsets of the whole phrase. */
  start: number;
  end: number;
}

/** Strips title words a greedy name match may have swallowed: "General Jens Stoltenberg" → "Jens Stoltenberg". */
function cleanName(name: string, titleWord: RegExp): string {
  const words = name.split(/\s+/);
  while (words.length > 2 && titleWord.test(words[0] as string)) words.shift();
  return words.join(' ');
}

/** Finds people named with their role in one sentence. */
export function findPersonRoles(sentence: SentenceRef, lang: LanguagePack = ENGLISH): PersonRole[] {
  const t = lang.roles;
  const s = sentence.text;
  const out: PersonRole[] = [];
  for (const re of [t.titleName, t.nameAppositive]) {
    if (re === t.titleName && !t.titleHint.test(s)) continue;
    if (re === t.nameAppositive && !(t.appositiveHint.test(s) && t.roleWord.test(s))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const [role, name] = re === t.titleName ? [m[1], m[2]] : [m[2], m[1]];
      if (!role || !name) continue;
      if (t.notName.test(name.split(/\s+/)[0] ?? '')) continue;
      out.push({
        name: cleanName(name, t.titleWord),
        role: role.trim(),
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
      });
    }
  }
  return out;
}

/** Role claims ("Dimitar Kovacevski is the Prime Minister of North Macedonia") for one sentence. */
export function findRoles(
  sentence: SentenceRef,
  people: readonly PersonRole[],
  lang: LanguagePack = ENGLISH,
): Candidate[] {
  return people.map((p) => ({
    start: p.start,
    end: p.end,
    kind: 'attribution' as const,
    values: { person: p.name, role: p.role },
    prior: lang.roles.former.test(p.role) ? 0.55 : 0.5,
    text: lang.roles.is(p.name, p.role),
  }));
}

/** "according to the sources consulted": who a statement is attributed to. */
export function findAccordingTo(sentence: SentenceRef, lang: LanguagePack = ENGLISH): Candidate[] {
  const m = lang.roles.accordingTo.exec(sentence.text);
  if (!m || !m[1]) return [];
  const source = m[1].trim();
  return [
    {
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
      kind: 'attribution',
      values: { source, anonymous: lang.roles.anonymousSource.test(source) },
      prior: 0.55,
    },
  ];
}
