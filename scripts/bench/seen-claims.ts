// The made-up checked claims of the "Checked before" benches (seen-lookup.ts, seen-desk.ts): templates
// and generated names, deterministic, so every run looks up the same claims.
import type { ClaimKind } from '../../shared/domain';

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ (t + t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi ren tas vo bel dun gra sil mor tey pan ju ric hal zen vad nor lum'.split(' ');
const UNITS = `soldiers people jobs homes patients students teachers nurses refugees voters cars tonnes
  barrels hectares kilometres households companies flights schools beds visitors complaints arrests
  deaths cases vaccines loans tickets members workers farms`.split(/\s+/);
const VERBS = 'hired counted reported lost recorded built sent added received treated'.split(' ');
const NOUNS = `ministry council agency company union hospital court army police district program
  bank commission city region port airport utility university fund`.split(/\s+/);
const ADJECTIVES = 'regional national local federal central northern coastal public private'.split(' ');
const EVENTS = 'treaty summit strike election ceasefire merger reform launch inquiry trial'.split(' ');
const EVENT_VERBS = 'was signed|began|ended|was announced|took place|collapsed'.split('|');
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const QUOTE_WORDS = `we will not raise taxes protect jobs build homes win this fight keep schools open
  secure the border cut waiting lists lower prices defend our people end the strike`.split(/\s+/);

export interface Made {
  readonly kind: ClaimKind;
  readonly text: string;
}

/** Makes claims from templates: figures, dates, quotes and plain statements, with generated names. */
export function claimMaker(seed: number): () => Made {
  const r = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const name = () => {
    const n = 2 + Math.floor(r() * 2);
    const word = Array.from({ length: n }, () => pick(SYLLABLES)).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const place = () => `${name()}${r() < 0.3 ? ` ${name()}` : ''}`;
  const number = () => {
    const magnitude = 10 ** (1 + Math.floor(r() * 6));
    return Math.round(r() * magnitude * 10) / 10 || 1;
  };
  return () => {
    const roll = r();
    if (roll < 0.55) {
      const n = number().toLocaleString('en-US');
      return {
        kind: 'quantity',
        text: `The ${pick(ADJECTIVES)} ${pick(NOUNS)} of ${place()} ${pick(VERBS)} ${n} ${pick(UNITS)} in ${place()}.`,
      };
    }
    if (roll < 0.75) {
      const day = 1 + Math.floor(r() * 28);
      return {
        kind: 'date',
        text: `The ${pick(EVENTS)} in ${place()} ${pick(EVENT_VERBS)} on ${day} ${pick(MONTHS)} ${2000 + Math.floor(r() * 26)}.`,
      };
    }
    if (roll < 0.9) {
      const words = Array.from({ length: 4 + Math.floor(r() * 5) }, () => pick(QUOTE_WORDS)).join(' ');
      return {
        kind: 'quote',
        text: `“${words[0]!.toUpperCase()}${words.slice(1)},” ${name()} ${name()} said.`,
      };
    }
    return {
      kind: 'comparison',
      text: `${place()} is the largest ${pick(NOUNS)} in ${place()} since the ${pick(EVENTS)}.`,
    };
  };
}

/** "About" plus the same words in another order: a restatement the index should find. */
export function restate(text: string): string {
  return `About ${text[0]!.toLowerCase()}${text.slice(1)}`.replace(/\.$/, ', officials said.');
}

/** The value below which a fraction `p` of `values` lies (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}
