/** Test-only: the drafts in other languages, their claims, and finding one by its quote. */
import type { FoundClaim, ExtractionResult } from '../../shared/claims';
import { extractClaims } from '../../shared/claims';
import { readRepoFile } from '../repo-files';

export interface Draft {
  text: string;
  result: ExtractionResult;
  /** The claim whose quote is exactly `quote` (and of `kind`, when given); fails the test if none. */
  claim(quote: string, kind?: FoundClaim['kind']): FoundClaim;
}

/** Reads `resources/samples/languages/<name>` and finds its claims against 2022-01-20. */
export function draft(name: string, language?: string): Draft {
  const text = readRepoFile(`resources/samples/languages/${name}`);
  const result = extractClaims(text, { documentDate: '2022-01-20', maxSuggestions: 200, language });
  return {
    text,
    result,
    claim(quote, kind) {
      const found = result.claims.find((c) => c.quote === quote && (kind === undefined || c.kind === kind));
      if (!found) {
        const near = result.claims.map((c) => `${c.kind}: ${c.quote}`).join('\n');
        throw new Error(`No ${kind ?? 'claim'} quoted “${quote}”. Found:\n${near}`);
      }
      return found;
    },
  };
}

/** Every claim keeps its exact span, and none comes from a boilerplate line. */
export function expectExactAndClean(d: Draft): void {
  for (const c of d.result.claims) {
    if (d.text.slice(c.start, c.end) !== c.quote) throw new Error(`Inexact span: ${c.quote}`);
    for (const b of d.result.boilerplate) {
      if (c.start < b.end && b.start < c.end) throw new Error(`A claim inside boilerplate: ${c.quote}`);
    }
  }
}
