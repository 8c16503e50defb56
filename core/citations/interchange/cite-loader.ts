// @ts-expect-error -- citation-js ships no type declarations; the part Factdesk uses is typed below.
import { Cite as UntypedCite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

/** A CSL-JSON item. */
export type CslItem = { [field: string]: unknown };

/** The part of citation-js's `Cite` that Factdesk uses: parse with a forced input type, format as text. */
export interface CiteInstance {
  readonly data: CslItem[];
  format(format: 'bibtex' | 'ris'): string;
}

/** citation-js's `Cite`, with the BibTeX and RIS plugins registered. Never given a DOI or URL to resolve. */
export const Cite = UntypedCite as new (data: unknown, options: { forceType: string }) => CiteInstance;
