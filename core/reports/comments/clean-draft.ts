import { DocxPackageWriter } from '../docx-package';
import { paragraph, runs } from '../docx-xml';
import { commentEnd, commentStart } from './comment-part';
import type { TextSpan } from './align-spans';

/** A comment anchored on a span of the draft's text. */
export interface AnchoredComment extends TextSpan {
  readonly id: number;
}

/** What the package needs besides the text: the document's title, its writer, when, the comments part. */
export interface CleanDraftMeta {
  readonly title: string;
  readonly creator: string;
  readonly createdAt: string;
  readonly comments: string;
}

/** Lines written between two pauses, so a long draft leaves the event loop free now and then. */
const LINES_PER_SLICE = 2000;

/**
 * The draft's text as a clean Word document: one paragraph per line (blank lines dropped, as Word
 * spaces paragraphs itself), the first line as a heading when it is the draft's title, and each
 * comment's range on its exact span of the text. For drafts that did not come from Word, or whose
 * Word file cannot be used.
 */
export async function cleanDraftDocx(
  text: string,
  comments: readonly AnchoredComment[],
  meta: CleanDraftMeta,
): Promise<Uint8Array> {
  const out = new DocxPackageWriter(true);
  const lines = linesOf(text);
  const starts = eventsByLine(lines, comments, 'start');
  const ends = eventsByLine(lines, comments, 'end');
  for (const [index, line] of lines.entries()) {
    const events = [
      ...(ends.get(index) ?? []).map((comment) => ({
        at: Math.min(comment.end, line.end),
        xml: commentEnd(comment.id),
        order: 0,
      })),
      ...(starts.get(index) ?? []).map((comment) => ({
        at: Math.max(comment.start, line.start),
        xml: commentStart(comment.id),
        order: 1,
      })),
    ].sort((a, b) => a.at - b.at || a.order - b.order);
    let content = '';
    let at = line.start;
    for (const event of events) {
      if (event.at > at) content += runs(text.slice(at, event.at));
      at = Math.max(at, event.at);
      content += event.xml;
    }
    if (line.end > at) content += runs(text.slice(at, line.end));
    const heading = index === 0 && text.slice(line.start, line.end).trim() === meta.title.trim();
    out.write(paragraph(content, heading ? { style: 'Heading1' } : {}));
    if ((index + 1) % LINES_PER_SLICE === 0) await out.caughtUp();
  }
  if (lines.length === 0) out.write(paragraph(''));
  return out.finish({
    title: meta.title,
    creator: meta.creator,
    createdAt: meta.createdAt,
    hyperlinks: '',
    description: 'Draft with fact-check comments, written by Factdesk',
    comments: meta.comments,
  });
}

/** The non-empty lines of a text, as ranges. */
function linesOf(text: string): TextSpan[] {
  const lines: TextSpan[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (text.slice(start, end).trim()) lines.push({ start, end });
    if (newline < 0) return lines;
    start = newline + 1;
  }
}

/**
 * Which line each comment's start (or end) marker goes in: a start in a line, or else at the start
 * of the next line; an end in a line (its very end included), or else at the end of the line before.
 */
function eventsByLine(
  lines: readonly TextSpan[],
  comments: readonly AnchoredComment[],
  which: 'start' | 'end',
): Map<number, AnchoredComment[]> {
  const byLine = new Map<number, AnchoredComment[]>();
  for (const comment of comments) {
    const at = comment[which];
    // The first line ending at or after `at` (for a start: ending after it).
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const line = lines[middle]!;
      if (which === 'start' ? line.end <= at : line.end < at) low = middle + 1;
      else high = middle;
    }
    let index = low;
    if (which === 'end' && (index >= lines.length || lines[index]!.start >= at)) index--;
    if (index < 0 || index >= lines.length) continue;
    const list = byLine.get(index) ?? [];
    list.push(comment);
    byLine.set(index, list);
  }
  return byLine;
}
