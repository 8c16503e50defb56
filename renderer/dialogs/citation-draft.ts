import { CITATION_LIMITS } from '../../shared/domain/citation-limits';
import type { Stance } from '../../shared/domain/enums';
import type { CitationInput } from '../../shared/ipc/citation-input';
import type { SourceEntry } from '../../shared/ipc/views';
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
  /** A snapshot of the source (web.archive.org, archive.today…). */
  readonly archivedUrl: string;
  /** Reports and exports withhold the source, keeping only its stance. */
  readonly confidential: boolean;
  /** A file chosen to attach (main holds it under this token), or null. */
  readonly fileToken: string | null;
  /** The attached file's name: the chosen one, the reused source's, or the one an edited citation keeps. */
  readonly fileName: string;
  /** A file already in the project to attach again (a reused source's), by its sha256, or null. */
  readonly attachmentSha256: string | null;
}

/** The form's text fields, each checked against its bound. */
type CitationTextField = keyof typeof CITATION_LIMITS;

export type CitationErrors = Partial<Record<CitationTextField, string>>;

/** How each text field is named in a sentence about it. */
const FIELD_NAMES: Record<CitationTextField, string> = {
  url: 'The URL',
  title: 'The title',
  publisher: 'The publisher',
  date: 'The date',
  quote: 'The quote',
  locator: 'The locator',
  archivedUrl: 'The archived copy’s address',
};

export const EMPTY_CITATION: CitationDraft = {
  url: '',
  title: '',
  publisher: '',
  date: '',
  quote: '',
  locator: '',
  stance: 'supports',
  archivedUrl: '',
  confidential: false,
  fileToken: null,
  fileName: '',
  attachmentSha256: null,
};

/**
 * The problems to show beside the fields: a URL, a title or a file is needed; a URL and an
 * archived URL must be http(s); no text may be longer than Factdesk keeps.
 */
export function validateCitation(draft: CitationDraft): CitationErrors {
  const errors: CitationErrors = {};
  for (const field of Object.keys(CITATION_LIMITS) as CitationTextField[]) {
    const length = draft[field].trim().length;
    if (length > CITATION_LIMITS[field]) {
      errors[field] =
        `${FIELD_NAMES[field]} is ${length.toLocaleString('en')} characters long; Factdesk keeps at most ${CITATION_LIMITS[field].toLocaleString('en')}.`;
    }
  }
  if (Object.keys(errors).length > 0) return errors;
  const url = draft.url.trim();
  const archived = draft.archivedUrl.trim();
  if (archived && !isHttpUrl(archived))
    errors.archivedUrl =
      'An archived URL starts with http:// or https://, for example https://web.archive.org/….';
  if (!url && !draft.title.trim() && !draft.fileName) {
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
    archivedUrl: optional(draft.archivedUrl),
    ...(draft.confidential ? { confidential: true } : {}),
    ...(draft.fileToken
      ? { fileToken: draft.fileToken }
      : draft.attachmentSha256
        ? { attachmentSha256: draft.attachmentSha256 }
        : {}),
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
  readonly archivedUrl?: string | undefined;
  readonly confidential?: boolean | undefined;
  readonly file?: { readonly name: string } | undefined;
}): CitationDraft {
  return {
    url: citation.url ?? '',
    title: citation.title,
    publisher: citation.publisher ?? '',
    date: citation.date ?? '',
    quote: citation.quote ?? '',
    locator: citation.locator ?? '',
    stance: citation.stance ?? 'supports',
    archivedUrl: citation.archivedUrl ?? '',
    confidential: citation.confidential ?? false,
    fileToken: null,
    fileName: citation.file?.name ?? '',
    attachmentSha256: null,
  };
}

/** A source from the library as the form's fields, to cite it on another claim: its file comes too. */
export function sourceToDraft(source: SourceEntry): CitationDraft {
  return {
    ...citationToDraft({ ...source, quote: '' }),
    attachmentSha256: source.file?.sha256 ?? null,
  };
}
