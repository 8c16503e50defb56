/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEntities[c]!);
}

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escaped text with its line breaks kept as `<br>`. */
export function escapeHtmlLines(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeHtml(line))
    .join('<br>\n');
}

/** A link when `url` is linkable (already checked by the caller), else the escaped text alone. */
export function htmlLink(text: string, url: string | null): string {
  if (!url) return escapeHtml(text);
  return `<a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(text)}</a>`;
}
