import type { Stance } from '../../shared/domain/enums';
import type { CitationInput } from '../../shared/ipc/contract';
import { isHttpUrl } from '../lib/format';

/** What the Add citation form holds while the checker types. */
export interface CitationDraft {
  readonly url: string;
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
  readonly quote: string;
  readonly locator: string;
  readonly stance: Stance;
}

export type CitationErrors = Partial<Record<'url' | 'title', string>>;

export const EMPTY_CITATION: CitationDraft = {
  url: '',
  title: '',
  publisher: '',
  date: '',
  quote: '',
  locator: '',
  stance: 'supports',
};

/** The problems to show beside the fields: a URL or a title is needed; a URL must be http(s). */
export function validateCitation(draft: CitationDraft): CitationErrors {
  const errors: CitationErrors = {};
  const url = draft.url.trim();
  if (!url && !draft.title.trim()) {
    errors.url = 'Give the source’s URL or its title.';
    errors.title = 'Give the source’s title or its URL.';
  } else if (url && !isHttpUrl(url)) {
    errors.url = 'A URL starts with http:// or https://, for example https://www.nato.int/.';
  }
  return errors;
}

/** The dialog's fields as the contract's citation input: blanks left out, text trimmed. */
export function toCitationInput(draft: CitationDraft): CitationInput {
  const optional = (value: string) => value.trim() || undefined;
  return {
    url: optional(draft.url),
    title: draft.title.trim(),
    publisher: optional(draft.publisher),
    date: optional(draft.date),
    quote: draft.quote.trim(),
    stance: draft.stance,
    locator: optional(draft.locator),
  };
}

/** A saved citation (or a source) as the form's fields, to edit or reuse it. */
export function citationToDraft(citation: {
  readonly url?: string | undefined;
  readonly title: string;
  readonly publisher?: string | undefined;
  readonly date?: string | undefined;
  readonly quote?: string | undefined;
  readonly locator?: string | undefined;
  readonly stance?: Stance | undefined;
}): CitationDraft {
  return {
    url: citation.url ?? '',
    title: citation.title,
    publisher: citation.publisher ?? '',
    date: citation.date ?? '',
    quote: citation.quote ?? '',
    locator: citation.locator ?? '',
    stance: citation.stance ?? 'supports',
  };
}
