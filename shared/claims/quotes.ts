import type { ClaimValues } from '../domain/claim';
import type { Candidate, SentenceRef } from './types';
import { ROLE_WORD } from './roles';

/** Who has been named so far in the document, to resolve "Stoltenberg" and "the former prime minister". */
export interface SpeakerMemory {
  /** Full names of people seen (titled people and speakers), most recent last. */
  people: string[];
  /** The last resolved speaker of a quote. */
  lastSpeaker?: string;
}

const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|explained|explains|stated|states|warned|warns|assured|assures|insisted|insists|' +
  'noted|notes|recalled|recalls|wrote|writes|tweeted|tweets|posted|declared|declares|stressed|stresses|argued|argues|' +
  'claimed|claims|conclude|concluded|concludes|continued|continues|asked|asks|replied|replies|admitted|admits|' +
  'acknowledged|acknowledges|emphasized|emphasised|underlined|pointed out|announced|announces|confirmed|confirms|' +
  'denied|denies|suggested|suggests|observed|remarked|responded|responds|told reporters|said in a statement';
const NAME = "[\\p{Lu}][\\p{L}'’.-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]+|de|van|von|da|bin|al)){0,3}";
const DESCRIPTION =
  "(?:the|a|an|one|his|her|their|its)(?:\\s+(?!(?:who|which|that|when|while|after|before|during|at|in|on|as|and|to|said|says)\\b)[\\p{L}'’-]+){1,6}";
const PRONOUN = '(?:he|she|they|it|we|I)';
const GROUP =
  '(?:\\p{Ll}+\\s+){0,2}?(?:officials|sources|diplomats|analysts|experts|residents|witnesses|people)(?:\\s+(?:familiar with the (?:matter|talks|plans?)|close to the [\\p{L}]+|with knowledge of the [\\p{L}]+|briefed on the [\\p{L}]+))?';
const SPEAKER = `(${NAME}|${DESCRIPTION}|${GROUP}|${PRONOUN})`;
const VERB = `(${SPEECH_VERBS})`;

/** After the closing mark: "…,” Stoltenberg said", "…,” assured the former prime minister", "…,” the sources conclude". */
const AFTER_SPEAKER_VERB = new RegExp(
  `^\\s*${SPEAKER}\\s+(?:(?:has|had|also|then|later|again)\\s+)?${VERB}\\b`,
  'u',
);
const AFTER_VERB_SPEAKER = new RegExp(`^\\s*${VERB}\\s+${SPEAKER}(?=[\\s,.;:]|$)`, 'u');
/** Before the opening mark: "Stoltenberg said on Thursday: “…”", "According to Smith, “…”". */
const BEFORE = new RegExp(
  `(?:^|[\\s,(])(?:${SPEAKER}\\s+(?:(?:has|had|also|then|later)\\s+)?${VERB}\\b[^“"«]{0,60}?|[Aa]ccording to ${SPEAKER}),?:?\\s*$`,
  'u',
);

const ANONYMOUS =
  /\b(?:sources?|officials|diplomats|people familiar|insiders|a spokes(?:man|woman|person)|an official)\b/i;

interface QuoteSpan {
  open: number;
  close: number; // index of the closing mark
}

/** Finds top-level quotations in a sentence: “…”, «…», "…", and ‘…’ when not an apostrophe. */
function quoteSpans(s: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let depth = 0;
  let open = -1;
  let straight = -1;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '“' || ch === '«' || ch === '„') {
      if (depth === 0) open = i;
      depth++;
    } else if ((ch === '”' || ch === '»') && depth > 0) {
      depth--;
      if (depth === 0) out.push({ open, close: i });
    } else if (ch === '"' && depth === 0) {
      if (straight < 0) straight = i;
      else {
        out.push({ open: straight, close: i });
        straight = -1;
      }
    } else if (ch === '‘' && depth === 0 && (i === 0 || /[\s(]/.test(s[i - 1] as string))) {
      const close = s.slice(i + 1).search(/’(?![\p{L}])/u);
      if (close > 0) {
        out.push({ open: i, close: i + 1 + close });
        i = i + 1 + close;
      }
    }
  }
  return out;
}

/** Resolves a speaker as written to a person named earlier, when the text allows it. */
export function resolveSpeaker(written: string, memory: SpeakerMemory): string {
  const trimmed = written.trim();
  if (/^(?:he|she)$/i.test(trimmed)) return memory.lastSpeaker ?? memory.people.at(-1) ?? trimmed;
  if (/^\p{Lu}/u.test(trimmed) && !/\s/.test(trimmed)) {
    // A surname: the last full name ending with it.
    for (let i = memory.people.length - 1; i >= 0; i--) {
      const person = memory.people[i] as string;
      if (person !== trimmed && person.endsWith(` ${trimmed}`)) return person;
    }
    return trimmed;
  }
  const described = /^(?:the|his|her)\s/i.test(trimmed) && ROLE_WORD.test(trimmed) && !/s$/.test(trimmed);
  if (described) return memory.lastSpeaker ?? memory.people.at(-1) ?? trimmed;
  return trimmed;
}

/** Marks the speaker as seen, for later resolution. */
export function rememberPerson(memory: SpeakerMemory, name: string): void {
  if (!/^\p{Lu}\S*\s+\p{Lu}/u.test(name)) return;
  const at = memory.people.indexOf(name);
  if (at >= 0) memory.people.splice(at, 1);
  memory.people.push(name);
  if (memory.people.length > 50) memory.people.shift();
}

/** A quotation claim, and the role claim its described speaker implies ("the former Norwegian prime minister"). */
export function findQuotes(sentence: SentenceRef, memory: SpeakerMemory): Candidate[] {
  const s = sentence.text;
  const out: Candidate[] = [];
  for (const q of quoteSpans(s)) {
    const inner = s.slice(q.open + 1, q.close);
    const words = inner.trim().split(/\s+/).length;
    let start = q.open;
    let end = q.close + 1;
    let written: string | undefined;
    let speakerStart = -1;
    const after = s.slice(end);
    const a1 = AFTER_VERB_SPEAKER.exec(after);
    const a2 = a1 ? null : AFTER_SPEAKER_VERB.exec(after);
    if (a1 && a1[2]) {
      written = a1[2].replace(/\.$/, '');
      speakerStart = end + a1[0].length - a1[2].length;
      end += a1[0].length - (a1[2].length - written.length);
    } else if (a2 && a2[1]) {
      written = a2[1];
      speakerStart = end + (a2[0].length - a2[0].trimStart().length);
      end += a2[0].length;
    } else {
      const b = BEFORE.exec(s.slice(0, q.open));
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
    const said = inner.trim().replace(/[,;:]+$/, '');
    const sentenceOfQuote = /[.!?…]$/.test(said) ? said : `${said}.`;
    if (written !== undefined) {
      const speaker = resolveSpeaker(written, memory);
      values.speaker = speaker;
      if (speaker !== written) values.speakerAsWritten = written;
      if (ANONYMOUS.test(written)) {
        values.anonymous = true;
        warnings.push(
          `The quote is attributed to unnamed ${written.replace(/^the\s+/i, '')}; say who they are if you can.`,
        );
      } else if (speaker !== written || /^\p{Lu}/u.test(speaker)) {
        rememberPerson(memory, speaker);
        memory.lastSpeaker = speaker;
      }
      text = `${capitalizeFirst(speaker)} said: “${sentenceOfQuote}”`;
      if (
        speaker !== written &&
        !/^(?:he|she)$/i.test(written) &&
        /^the\s/i.test(written) &&
        speakerStart >= 0
      ) {
        out.push({
          start: sentence.start + speakerStart,
          end: sentence.start + speakerStart + written.length,
          kind: 'attribution',
          values: { person: speaker, role: written.replace(/^the\s+/i, '') },
          prior: 0.55,
          text: `${speaker} is ${written}.`,
        });
      }
    } else {
      warnings.push('This quote has no speaker in the text: say who said it.');
      text = `“${sentenceOfQuote}” (no speaker given)`;
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
