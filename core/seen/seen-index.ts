/**
 * The desk's memory: every claim given a verdict in the projects it reads, indexed two ways — by the
 * values the claim states (figure, date, speaker: exact keys in a map) and by its words (MiniSearch,
 * BM25+ scores) — so a lookup only weighs the few earlier claims that could be the same. The index
 * lives in this process's memory only; nothing of it is written to disk.
 */
import MiniSearch from 'minisearch';
import { claimFacts, valueKey, type ClaimFacts, type FactSource } from './claim-facts';
import { checkedKey, type CheckedClaim } from './checked-claim';
import { matchClaims, type MatchBasis } from './match-rules';

/** An earlier checked claim a lookup found, best first. */
export interface SeenMatch {
  readonly claim: CheckedClaim;
  readonly basis: MatchBasis;
  readonly score: number;
}

/** How many claims the word index hands to the rules per lookup, best BM25 scores first. */
const WORD_CANDIDATES = 40;
/** At most this many claims sharing one value key are weighed (a figure stated everywhere says little). */
const VALUE_CANDIDATES = 2000;

/** A word search asks for at most this many of the claim's terms, the rarest. */
const QUERY_TERMS = 8;
/** Terms in more than this share of the claims are left out of a word search… */
const COMMON_SHARE = 0.01;
/** …unless they are in fewer than this many. */
const COMMON_FLOOR = 50;

interface Entry {
  readonly claim: CheckedClaim;
  readonly facts: ClaimFacts;
  readonly keys: readonly string[];
}

export class SeenIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly byValue = new Map<string, Set<string>>();
  /** How many entries hold each term, for the terms' weights. */
  private readonly termCounts = new Map<string, number>();
  private readonly words = new MiniSearch<{ id: string; terms: string }>({
    fields: ['terms'],
    // Terms are read once (terms.ts) and joined with spaces; the index splits them back.
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
    searchOptions: { combineWith: 'OR', prefix: false, fuzzy: false },
  });

  get size(): number {
    return this.entries.size;
  }

  /** Adds a checked claim, or replaces the one with its project and id. */
  add(claim: CheckedClaim): void {
    const id = checkedKey(claim.project, claim.claimId);
    if (this.entries.has(id)) this.remove(claim.project, claim.claimId);
    const facts = claimFacts(claim);
    const keys = valueKeys(facts);
    this.entries.set(id, { claim, facts, keys });
    for (const key of keys) {
      let set = this.byValue.get(key);
      if (!set) this.byValue.set(key, (set = new Set()));
      set.add(id);
    }
    for (const term of facts.terms) this.termCounts.set(term, (this.termCounts.get(term) ?? 0) + 1);
    if (facts.terms.length > 0) this.words.add({ id, terms: facts.terms.join(' ') });
  }

  /** The checked claim with this project and id, if the index holds it. */
  get(project: string, claimId: string): CheckedClaim | undefined {
    return this.entries.get(checkedKey(project, claimId))?.claim;
  }

  /** Drops one claim (absent: nothing happens). */
  remove(project: string, claimId: string): void {
    const id = checkedKey(project, claimId);
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    for (const key of entry.keys) {
      const set = this.byValue.get(key);
      set?.delete(id);
      if (set?.size === 0) this.byValue.delete(key);
    }
    for (const term of entry.facts.terms) {
      const left = (this.termCounts.get(term) ?? 1) - 1;
      if (left > 0) this.termCounts.set(term, left);
      else this.termCounts.delete(term);
    }
    if (this.words.has(id)) this.words.discard(id);
  }

  /** Drops every claim of a project (before reading it again, or when it is locked or gone). */
  removeProject(project: string): void {
    for (const entry of [...this.entries.values()])
      if (entry.claim.project === project) this.remove(project, entry.claim.claimId);
  }

  /**
   * The earlier checked claims that state what `claim` states, best first; claims of `exclude` (the
   * project the claim is in) are left out.
   */
  lookup(claim: FactSource, exclude?: string): SeenMatch[] {
    const facts = claimFacts(claim);
    const candidates = new Set<string>();
    const keys = valueKeys(facts);
    for (const key of keys) {
      let taken = 0;
      for (const id of this.byValue.get(key) ?? []) {
        if (taken++ >= VALUE_CANDIDATES) break;
        candidates.add(id);
      }
    }
    const asked = this.rareTerms(facts.terms, keys.length > 0);
    if (asked.length > 0) {
      const found = this.words.search(asked.join(' '));
      for (const hit of found.slice(0, WORD_CANDIDATES)) candidates.add(hit.id as string);
    }
    const weight = (term: string) => this.weight(term);
    const out: SeenMatch[] = [];
    for (const id of candidates) {
      const entry = this.entries.get(id);
      if (!entry || entry.claim.project === exclude) continue;
      const verdict = matchClaims(facts, entry.facts, weight);
      if (verdict) out.push({ claim: entry.claim, ...verdict });
    }
    return out.sort((a, b) => b.score - a.score || b.claim.checkedAt.localeCompare(a.claim.checkedAt));
  }

  /**
   * The terms a word search asks for: the rarest first, at most QUERY_TERMS, leaving out those in more
   * than COMMON_SHARE of the claims: a word much of the desk says finds nothing a rarer one does not,
   * and scoring its claims is most of a search's time. A claim with no rare word is looked up by its
   * values alone when it has any, else by its three rarest words.
   */
  private rareTerms(terms: readonly string[], hasValues: boolean): string[] {
    const count = (term: string) => this.termCounts.get(term) ?? 0;
    const rarest = [...terms].sort((a, b) => count(a) - count(b)).slice(0, QUERY_TERMS);
    const limit = Math.max(COMMON_FLOOR, this.entries.size * COMMON_SHARE);
    const rare = rarest.filter((term) => count(term) <= limit);
    return rare.length > 0 || hasValues ? rare : rarest.slice(0, 3);
  }

  /** A term's BM25 inverse document frequency over the indexed claims. */
  private weight(term: string): number {
    const n = this.entries.size;
    const df = this.termCounts.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}

/** The exact keys a claim is found by: each figure's value, each date, its speaker. */
function valueKeys(facts: ClaimFacts): string[] {
  const keys = new Set<string>();
  for (const figure of facts.figures) keys.add(`n:${valueKey(figure)}`);
  for (const date of facts.dates) keys.add(`d:${date.start}/${date.end}`);
  if (facts.speaker) keys.add(`s:${facts.speaker}`);
  return [...keys];
}
