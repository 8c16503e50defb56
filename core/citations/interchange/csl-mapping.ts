import type { Citation, Stance } from '../../../shared/domain';
import { StanceSchema } from '../../../shared/domain';
import type { CitationInput } from '../../../shared/ipc';
import { linkableUrl } from '../../../shared/reports';
import type { CslItem } from './cite-loader';

/** CSL date parts for `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a literal date otherwise. */
export function cslDate(date: string): CslItem {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date.trim());
  if (!match) return { literal: date };
  return { 'date-parts': [[match[1], match[2], match[3]].filter((part) => part !== undefined).map(Number)] };
}

/** A CSL date back as `YYYY-MM-DD` (or shorter), or its literal text. */
export function dateFromCsl(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const date = value as { 'date-parts'?: unknown[][]; literal?: unknown; raw?: unknown };
  const parts = date['date-parts']?.[0];
  if (Array.isArray(parts) && parts.length > 0 && parts.every((part) => Number.isFinite(Number(part)))) {
    const [year, month, day] = parts.map(Number);
    return [
      String(year).padStart(4, '0'),
      month && String(month).padStart(2, '0'),
      day && String(day).padStart(2, '0'),
    ]
      .filter(Boolean)
      .join('-');
  }
  const text =
    typeof date.literal === 'string' ? date.literal : typeof date.raw === 'string' ? date.raw : undefined;
  return text?.slice(0, 100);
}

/**
 * A field's text on one line: RIS and BibTeX are line-based, so a line break in a title (or any control
 * character) could start a record of its own in the file ("ER  -", then "TY  -"), which a reader would
 * import as a second source.
 */
function oneLine(text: string): string {
  // Runs of spaces go too: a RIS reader takes "XX  - " (two spaces) anywhere as a field's start.
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are what is taken out
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

/**
 * A citation as a CSL-JSON item: a web page (or a document, for an attached file), its stance as a
 * keyword, its quote as the note, its locator as the page. Only http(s) URLs are written.
 */
export function citationToCsl(citation: Citation, claimIds: readonly string[]): CslItem {
  const url = linkableUrl(citation.url);
  const item: CslItem = {
    id: citation.id,
    type: url ? 'webpage' : 'document',
    title: oneLine(citation.title || citation.file?.name || url || 'Untitled source'),
    keyword: citation.stance,
    accessed: cslDate(citation.addedAt.slice(0, 10)),
    custom: {
      stance: citation.stance,
      claims: [...claimIds],
      ...(citation.file ? { file: oneLine(citation.file.name) } : {}),
    },
  };
  if (url) item.URL = url;
  if (citation.publisher) item.publisher = oneLine(citation.publisher);
  if (citation.date) item.issued = cslDate(citation.date);
  if (citation.quote.trim()) item.note = oneLine(citation.quote);
  if (citation.locator) item.page = oneLine(citation.locator);
  const archived = linkableUrl(citation.archivedUrl);
  if (archived) item.archive_location = archived;
  return item;
}

const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;

/**
 * What to add for one CSL item, or null when it has neither title nor web address. A URL that is not
 * http(s) is dropped (never stored); `stance` wins over a stance keyword in the item.
 */
export function cslToCitationInput(item: CslItem, stance: Stance | undefined): CitationInput | null {
  const rawUrl = text(item.URL, 4096);
  const url = linkableUrl(rawUrl) ?? undefined;
  const title = text(item.title, 1000) ?? '';
  if (!title && !url) return null;
  const keywords = typeof item.keyword === 'string' ? item.keyword.split(/[,;]\s*/) : [];
  const fromKeyword = keywords
    .map((word) => StanceSchema.safeParse(word.trim().toLowerCase()))
    .find((r) => r.success);
  const archived = linkableUrl(text(item.archive_location, 4096)) ?? undefined;
  return {
    url,
    title,
    publisher: text(item.publisher, 500) ?? text(item['container-title'], 500),
    date: dateFromCsl(item.issued),
    quote: text(item.note, 20_000) ?? '',
    stance: stance ?? fromKeyword?.data ?? 'context',
    locator: text(item.page, 500),
    ...(archived ? { archivedUrl: archived } : {}),
  };
}
