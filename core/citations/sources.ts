import type { Citation, FactdeskDocument } from '../../shared/domain';
import type { SourceEntry } from '../../shared/ipc';

/**
 * Every source cited in the project, once: citations of the same URL (ignoring the fragment, a
 * trailing slash and `www.`) or the same attached file are one source, listed with where it is used.
 */
export function sourcesOf(documents: readonly FactdeskDocument[]): SourceEntry[] {
  const byKey = new Map<string, { entry: SourceEntry; usages: SourceEntry['usages'][number][] }>();
  for (const doc of documents) {
    for (const claim of doc.claims) {
      for (const citation of claim.citations) {
        const key = sourceKey(citation);
        let found = byKey.get(key);
        if (!found) {
          const usages: SourceEntry['usages'][number][] = [];
          found = {
            usages,
            entry: {
              key,
              title: citation.title,
              url: citation.url,
              file: citation.file,
              publisher: citation.publisher,
              date: citation.date,
              usages,
            },
          };
          byKey.set(key, found);
        }
        found.usages.push({
          claimId: claim.id,
          documentId: doc.id,
          citationId: citation.id,
          stance: citation.stance,
          quote: citation.quote,
        });
      }
    }
  }
  return [...byKey.values()]
    .map(({ entry }) => entry)
    .sort((a, b) => b.usages.length - a.usages.length || a.title.localeCompare(b.title));
}

/** The identity of a citation's source: its normalized URL, else its file's hash, else its title. */
export function sourceKey(citation: Pick<Citation, 'url' | 'file' | 'title'>): string {
  if (citation.url) {
    try {
      const url = new URL(citation.url);
      url.hash = '';
      const host = url.hostname.replace(/^www\./, '').toLowerCase();
      const path = url.pathname.replace(/\/+$/, '');
      return `url:${url.protocol}//${host}${url.port ? `:${url.port}` : ''}${path}${url.search}`;
    } catch {
      return `url:${citation.url}`;
    }
  }
  if (citation.file) return `file:${citation.file.sha256}`;
  return `title:${citation.title.trim().toLowerCase()}`;
}
