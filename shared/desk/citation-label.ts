import type { Citation } from '../domain';

/** How a citation is named in a claim's history: its stance and its title, URL, file name or id. */
export function citationLabel(citation: Citation): string {
  return `${citation.stance}: ${citation.title || citation.url || citation.file?.name || citation.id}`;
}
