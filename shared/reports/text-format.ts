/** Small text helpers shared by every report renderer. Pure and locale-independent. */

/** An ISO timestamp as `YYYY-MM-DD HH:MM UTC`; anything else is returned as is. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}

/** The date part (`YYYY-MM-DD`) of an ISO timestamp or date; anything else is returned as is. */
export function formatDate(iso: string): string {
  const match = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  if (match) {
    if (iso.length === 10) return match[0];
    const date = new Date(iso);
    if (!Number.isNaN(date.getTime())) return date.toISOString().slice(0, 10);
    return match[0];
  }
  return iso;
}

/** Collapses runs of whitespace (line breaks included) into single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The paragraphs of a multi-line text: split on blank lines, each trimmed, empty ones dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** `1 claim`, `2 claims`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
