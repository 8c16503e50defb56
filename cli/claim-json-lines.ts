import type { Claim, FactdeskDocument } from '../shared/domain';
import type { Checklists } from '../shared/domain/checklists';
import { claimRow, sentenceOf } from '../core/project/views';
import { jsonChecklist, jsonClaim } from './output';

/** Fields the output always sets over the stored claim: a claim holding one of them takes the slow path. */
const SET_FIELDS = ['documentTitle', 'sentence', 'documentDate', 'checklist'] as const;

/** Fields the output fills in with a default when the claim has none: appended only when absent. */
const DEFAULTED = [
  ['needsRecheck', ',"needsRecheck":false'],
  ['anchoring', ',"anchoring":"exact"'],
  ['contested', ',"contested":[]'],
] as const;

/** Distinct checklists (kind and ticks) kept as text; past this, a checklist is made per claim. */
const MAX_KEPT_CHECKLISTS = 1000;

/**
 * One claim's object of `claims --json` as compact JSON text: the same keys in the same order and
 * the same values as `JSON.stringify(jsonClaim(claimRow(doc, claim), …))`, made faster. The claim
 * as stored is stringified once, natively, and the added fields are appended as text: its
 * document's title and date once per document, each checklist (kind and ticks) once per run.
 */
export class ClaimJsonLines {
  private readonly checklistText = new Map<string, string>();

  constructor(private readonly checklists: Checklists) {}

  /** The line maker for the claims of one document. */
  forDocument(doc: FactdeskDocument): (claim: Claim) => string {
    const documentDate = doc.documentDate ?? null;
    const title = `,"documentTitle":${JSON.stringify(doc.title)}`;
    const date = `,"documentDate":${JSON.stringify(documentDate)}`;
    return (claim) => {
      const stored = JSON.stringify(claim);
      if (!this.plain(claim, stored)) {
        return JSON.stringify(jsonClaim(claimRow(doc, claim), documentDate, this.checklists));
      }
      let added = `${title},"sentence":${JSON.stringify(sentenceOf(doc, claim))}${date}`;
      for (const [key, text] of DEFAULTED) if (!(key in claim)) added += text;
      return `${stored.slice(0, -1)}${added},"checklist":${this.checklistOf(claim)}}`;
    };
  }

  /** True when appending text gives what the object spread gives (no overridden or undefined-valued key). */
  private plain(claim: Claim, stored: string): boolean {
    if (stored.length < 3) return false;
    for (const key of SET_FIELDS) if (key in claim) return false;
    for (const [key] of DEFAULTED) if (key in claim && claim[key] === undefined) return false;
    return true;
  }

  private checklistOf(claim: Claim): string {
    const key = claim.ticks?.length ? `${claim.kind}${JSON.stringify(claim.ticks)}` : claim.kind;
    const kept = this.checklistText.get(key);
    if (kept !== undefined) return kept;
    const text = JSON.stringify(jsonChecklist(this.checklists, claim));
    if (this.checklistText.size < MAX_KEPT_CHECKLISTS) this.checklistText.set(key, text);
    return text;
  }
}
