/**
 * Escapes text for HTML element content and quoted attribute values. Any bidirectional embedding,
 * override or isolate the text opens is closed at its end (see `closeBidi`), so one field's U+202E
 * cannot turn the fields after it around ("30-20-2202" for a date) in the HTML or PDF report.
 */
export function escapeHtml(text: string): string {
  return closeBidi(text).replace(/[&<>"']/g, (c) => htmlEntities[c]!);
}

const EMBEDDINGS = new Set(['\u202a', '\u202b', '\u202d', '\u202e']);
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
const POP_EMBEDDING = '\u202c';
const POP_ISOLATE = '\u2069';

/**
 * `text` with a closing mark added for each bidirectional embedding or override (U+202A, B, D, E)
 * and each isolate (U+2066 to 8) it leaves open: its effect stays within the text, which keeps every
 * character it had (a right-to-left quotation is shown as its writer set it).
 */
export function closeBidi(text: string): string {
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(text)) return text;
  const open: string[] = [];
  for (const char of text) {
    if (EMBEDDINGS.has(char)) open.push(POP_EMBEDDING);
    else if (ISOLATES.has(char)) open.push(POP_ISOLATE);
    else if (char === POP_EMBEDDING) {
      if (open.at(-1) === POP_EMBEDDING) open.pop();
    } else if (char === POP_ISOLATE) {
      // A PDI closes its isolate and every embedding opened inside it.
      const at = open.lastIndexOf(POP_ISOLATE);
      if (at >= 0) open.length = at;
    }
  }
  return open.length === 0 ? text : text + open.reverse().join('');
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
