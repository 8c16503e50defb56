import type { ClaimValues } from '../domain/claim';
import type { Candidate, SentenceRef } from './types';
import type { LanguagePack, QuoteTables } from './languages/tables';
import { ENGLISH } from './languages/en';
import { marksAreNonAscii } from './quote-marks';
import { wordsUpTo } from './word-count';

/** Who has been named so far in the document, to resolve "Stoltenberg" and "the former prime minister". */
export interface SpeakerMemory {
  /** Full names of people seen (titled people and speakers), most recent last. */
  people: string[];
  /** The last resolved speaker of a quote. */
  lastSpeaker?: string;
}

interface QuoteSpan {
  open: number;
  close: number; // index of the closing mark
  /** A dialogue line: the closing "mark" is a dash, a comma, or the line's end. */
  dash?: boolean;
  open_ended?: boolean;
}

// Unicode patterns as constants: the Node bundles turn a `\p{…}` literal into `new RegExp` where it stands.
/** A closing single quote that is not an apostrophe inside a word. */
const CLOSING_SINGLE_QUOTE = /’(?![\p{L}])/u;
const STARTS_CAPITAL = /^\p{Lu}/u;
/** At least two words, both capitalized: a full name. */
const FULL_NAME = /^\p{Lu}\S*\s+\p{Lu}/u;
/** A capitalized first word before a lower-case one: "Police chief", "The mayor's spokesman". */
const SENTENCE_CAPITAL = /^\p{Lu}\p{Ll}*\s+\p{Ll}/u;

/**
 * Finds top-level quotations in a sentence: “…”, «…», „…“, "…", and ‘…’ when not an apostrophe. A mark
 * that both opens and closes in this language (German “) closes when a quotation is open.
 */
function quoteSpans(s: string, t: QuoteTables): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let depth = 0;
  let open = -1;
  let straight = -1;
  const nonAsciiMarks = marksAreNonAscii(t.open, t.close);
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const mayBeMark = !nonAsciiMarks || ch.charCodeAt(0) >= 0x80;
    if (mayBeMark && t.close.has(ch) && depth > 0) {
      depth--;
      if (depth === 0) out.push({ open, close: i });
    } else if (mayBeMark && t.open.has(ch)) {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === '"' && depth === 0) {
      if (straight < 0) straight = i;
      else {
        out.push({ open: straight, close: i });
        straight = -1;
      }
    } else if (ch === '‘' && depth === 0 && (i === 0 || /[\s(]/.test(s[i - 1] as string))) {
      const close = s.slice(i + 1).search(CLOSING_SINGLE_QUOTE);
      if (close > 0) {
        out.push({ open: i, close: i + 1 + close });
        i = i + 1 + close;
      }
    }
  }
  if (out.length === 0 && t.dialogueDash) {
    const dialogue = dialogueSpan(s, t);
    if (dialogue) out.push(dialogue);
  }
  return out;
}

/**
 * A line of dialogue opened by a dash: "—No vamos a retroceder —dijo el ministro—." The quotation runs to
 * the next dash that opens an aside, or to a comma before a reporting verb, or to the end.
 */
function dialogueSpan(s: string, t: QuoteTables): QuoteSpan | undefined {
  const m = /^\s*[—–―]\s*(?=\S)/.exec(s);
  if (!m) return undefined;
  const open = m[0].length - m[0].trimStart().length;
  const aside = /\s[—–―]/.exec(s.slice(m[0].length));
  if (aside) return { open, close: m[0].length + aside.index + 1, dash: true };
  for (let i = m[0].length; i < s.length; i++) {
    if (s[i] !== ',') continue;
    if (t.afterVerbSpeaker.test(s.slice(i + 1)) || t.afterVerbAlone?.test(s.slice(i + 1)))
      return { open, close: i, dash: true };
  }
  let end = s.length;
  while (end > open && /[\s.!?…]/.test(s[end - 1] as string)) end--;
  return { open, close: end, dash: true, open_ended: true };
}

/** Resolves a speaker as written to a person named earlier, when the text allows it. */
export function resolveSpeaker(written: string, memory: SpeakerMemory, lang: LanguagePack = ENGLISH): string {
  const trimmed = written.trim();
  if (lang.quotes.pronoun.test(trimmed)) return memory.lastSpeaker ?? memory.people.at(-1) ?? trimmed;
  if (STARTS_CAPITAL.test(trimmed) && !/\s/.test(trimmed)) {
    // A surname: the last full name ending with it.
    for (let i = memory.people.length - 1; i >= 0; i--) {
      const person = memory.people[i] as string;
      if (person !== trimmed && person.endsWith(` ${trimmed}`)) return person;
    }
    return trimmed;
  }
  const described =
    lang.quotes.described.test(trimmed) &&
    lang.roles.roleWord.test(trimmed) &&
    !(lang.quotes.plural?.test(trimmed) ?? false);
  if (described) return memory.lastSpeaker ?? memory.people.at(-1) ?? trimmed;
  return trimmed;
}

/**
 * A speaker written with a role before the name ("police chief Tom Brown"): the person, resolved, and
 * the role. Undefined when the name is a lone surname no one seen before ends with: "President Biden"
 * says more than "Biden", so it stays the speaker as written.
 */
function titledSpeaker(
  written: string,
  memory: SpeakerMemory,
  lang: LanguagePack,
): { person: string; role: string } | undefined {
  const m = lang.quotes.titled?.exec(written);
  if (!m || !m[1] || !m[2]) return undefined;
  const person = resolveSpeaker(m[2], memory, lang);
  if (!FULL_NAME.test(person)) return undefined;
  // "Police chief Tom Brown said": a capital that only starts the sentence is not the role's.
  const role = SENTENCE_CAPITAL.test(m[1]) ? m[1].charAt(0).toLowerCase() + m[1].slice(1) : m[1];
  return { person, role };
}

/** Marks the speaker as seen, for later resolution. */
export function rememberPerson(memory: SpeakerMemory, name: string): void {
  if (!FULL_NAME.test(name)) return;
  const at = memory.people.indexOf(name);
  if (at >= 0) memory.people.splice(at, 1);
  memory.people.push(name);
  if (memory.people.length > 50) memory.people.shift();
}

/** A quotation claim, and the role claim its described speaker implies ("the former Norwegian prime minister"). */
export function findQuotes(
  sentence: SentenceRef,
  memory: SpeakerMemory,
  lang: LanguagePack = ENGLISH,
): Candidate[] {
  const t = lang.quotes;
  const s = sentence.text;
  const out: Candidate[] = [];
  for (const q of quoteSpans(s, t)) {
    const inner = s.slice(q.open + 1, q.close);
    // Up to 4: a blank quotation counts 0 words, not the split's 1, and is left out all the same.
    const words = wordsUpTo(inner, 4);
    let start = q.open;
    let end = q.open_ended ? q.close : q.close + 1;
    let written: string | undefined;
    let speakerStart = -1;
    // After a dialogue dash or a closing mark, a dash may open the aside: "—dijo el ministro—".
    const after = t.dialogueDash ? s.slice(end).replace(/^[—–―]/, ' ') : s.slice(end);
    const a1 = t.afterVerbSpeaker.exec(after);
    const a2 = a1 ? null : t.afterSpeakerVerb.exec(after);
    const alone = a1 || a2 ? null : (t.afterVerbAlone?.exec(after) ?? null);
    if (a1 && a1[2]) {
      written = a1[2].replace(/\.$/, '');
      speakerStart = end + a1[0].length - a1[2].length;
      end += a1[0].length - (a1[2].length - written.length);
    } else if (a2 && a2[1]) {
      written = a2[1];
      speakerStart = end + (a2[0].length - a2[0].trimStart().length);
      end += a2[0].length;
    } else if (alone && memory.lastSpeaker) {
      // "», añadió.": the verb alone, so the last speaker goes on.
      written = memory.lastSpeaker;
      end += alone[0].length;
    } else {
      const b = t.before.exec(s.slice(0, q.open));
      if (b) {
        written = b[1] ?? b[3];
        const lead = b[0].length - b[0].trimStart().length;
        start = b.index + (/^[\s,(]/.test(b[0]) ? Math.max(1, lead) : lead);
        if (written) speakerStart = s.indexOf(written, start);
      }
    }
    if (words < 4 && written === undefined) continue; // scare quotes and titles
    if (words < 2) continue;
    const values: ClaimValues = { attributed: written !== undefined };
    const warnings: string[] = [];
    let text: string;
    // The words as quoted: a comma that hands over to "she said" is dropped, no full stop is added.
    const said = inner.trim().replace(/[,;:]+$/, '');
    if (written !== undefined) {
      // The speaker shown is the person; the role written before the name becomes a role claim.
      const titled = titledSpeaker(written, memory, lang);
      const speaker = titled?.person ?? resolveSpeaker(written, memory, lang);
      values.speaker = speaker;
      if (speaker !== written) values.speakerAsWritten = written;
      if (!titled && t.anonymous.test(written)) {
        values.anonymous = true;
        warnings.push(
          `The quote is attributed to unnamed ${written.replace(t.article, '')}; say who they are if you can.`,
        );
      } else if (speaker !== written || STARTS_CAPITAL.test(speaker)) {
        rememberPerson(memory, speaker);
        memory.lastSpeaker = speaker;
      }
      text = t.said(capitalizeFirst(speaker), said);
      const described = speaker !== written && !t.pronoun.test(written) && t.article.test(written) && !titled;
      const role = titled ? titled.role : described ? written : undefined;
      if (role !== undefined && speakerStart >= 0) {
        out.push({
          start: sentence.start + speakerStart,
          end: sentence.start + speakerStart + written.length,
          kind: 'attribution',
          values: { person: speaker, role: role.replace(t.article, '') },
          prior: 0.55,
          text: lang.roles.is(speaker, role),
        });
      }
    } else {
      warnings.push('This quote has no speaker in the text: say who said it.');
      text = t.unattributed(said);
    }
    out.push({
      start: sentence.start + start,
      end: sentence.start + end,
      kind: 'quote',
      values,
      prior: written === undefined ? 0.7 : values.anonymous ? 0.65 : 0.6,
      text,
      container: true,
      ...(warnings.length > 0 ? { warnings } : {}),
    });
  }
  return out;
}

function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
