import { assertNever, type Citation, type FactdeskDocument } from '../../../shared/domain';
import { UserError } from '../../../shared/errors';
import { Cite, type CslItem } from './cite-loader';
import { citationToCsl } from './csl-mapping';
import type { InterchangeFormat } from './interchange-formats';

/** Which citations to export. */
export interface ExportCitationsOptions {
  /** Only this claim's citations (default: the whole project's). */
  readonly claimId?: string;
  /** Include citations marked confidential (default false: they are left out). */
  readonly includeConfidential?: boolean;
}

/** The exported references, and how many confidential ones were left out. */
export interface ExportedCitations {
  readonly text: string;
  readonly count: number;
  readonly withheld: number;
}

/**
 * The project's citations (or one claim's) as BibTeX, RIS or CSL-JSON. The same source cited on
 * several claims (same URL, file or title) in the same way (stance, quote, locator) is written once,
 * naming every claim; cited another way it is an entry of its own, so no stance or quote is dropped.
 * Nothing is looked up online.
 */
export function exportCitations(
  documents: readonly FactdeskDocument[],
  format: InterchangeFormat,
  options: ExportCitationsOptions = {},
): ExportedCitations {
  const sources = new Map<string, { citation: Citation; claims: string[] }>();
  let withheld = 0;
  let found = options.claimId === undefined;
  for (const doc of documents) {
    for (const claim of doc.claims) {
      if (options.claimId !== undefined && claim.id !== options.claimId) continue;
      found = true;
      for (const citation of claim.citations) {
        if (citation.confidential && !options.includeConfidential) {
          withheld++;
          continue;
        }
        const source =
          citation.url || (citation.file && `file:${citation.file.sha256}`) || `title:${citation.title}`;
        const key = [source, citation.stance, citation.quote.trim(), citation.locator ?? ''].join('\u0000');
        const entry = sources.get(key);
        if (entry) entry.claims.push(claim.id);
        else sources.set(key, { citation, claims: [claim.id] });
      }
    }
  }
  if (!found) throw new UserError(`There is no claim ${options.claimId} in this project.`, 'not-found');
  const items = [...sources.values()].map(({ citation, claims }) => citationToCsl(citation, claims));
  return { text: formatItems(items, format), count: items.length, withheld };
}

function formatItems(items: CslItem[], format: InterchangeFormat): string {
  if (format === 'csl') return `${JSON.stringify(items, null, 2)}\n`;
  if (items.length === 0) return '';
  const cite = new Cite(items, { forceType: '@csl/list+object' });
  switch (format) {
    case 'bibtex':
      return withKeywords(cite.format('bibtex'), items);
    case 'ris': {
      const ris = cite.format('ris');
      return ris.endsWith('\n') ? ris : `${ris}\n`;
    }
    default:
      return assertNever(format, 'reference format');
  }
}

/** Adds each entry's stance as `keywords` (citation-js's BibTeX output leaves keywords out). */
function withKeywords(bibtex: string, items: readonly CslItem[]): string {
  let index = 0;
  return bibtex.replace(/^(@\w+\{[^\n]*,\n)/gm, (head: string) => {
    const keyword = items[index++]?.keyword;
    return typeof keyword === 'string' ? `${head}\tkeywords = {${keyword}},\n` : head;
  });
}
