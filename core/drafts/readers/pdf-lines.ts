/** A run of text on a PDF page, as pdf.js reports it. */
export interface PdfTextRun {
  readonly str: string;
  /** The text matrix: [a, b, c, d, x, y]. */
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly hasEOL: boolean;
}

/** One line of a page: its text, its baseline and its font size. */
export interface PdfLine {
  readonly text: string;
  readonly y: number;
  readonly size: number;
}

/** Joins a page's text runs into lines: a new line when the baseline moves or pdf.js marks an end of line. */
export function pageLines(runs: readonly PdfTextRun[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let text = '';
  let y = 0;
  let size = 0;
  let endX = 0;
  let open = false;
  const close = () => {
    if (open && text.trim()) lines.push({ text: text.replace(/\s+/g, ' ').trim(), y, size });
    text = '';
    open = false;
  };
  for (const run of runs) {
    const runSize = Math.hypot(run.transform[2] ?? 0, run.transform[3] ?? 0) || run.height || 1;
    const x = run.transform[4] ?? 0;
    const runY = run.transform[5] ?? 0;
    if (run.str !== '') {
      if (open && Math.abs(runY - y) > Math.max(size, runSize) * 0.5) close();
      if (!open) {
        open = true;
        y = runY;
        size = runSize;
      } else if (x - endX > runSize * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.str)) {
        text += ' ';
      }
      text += run.str;
      size = Math.max(size, runSize);
      endX = x + run.width;
    }
    if (run.hasEOL) close();
  }
  close();
  return lines;
}

/** Page furniture lines: bare page numbers such as "3", "3 / 12", "Page 3 of 12". */
function isPageNumber(text: string): boolean {
  return /^(?:page\s+)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$/i.test(text.trim());
}

/**
 * Lines of every page as paragraphs, separated by blank lines: a paragraph ends where the gap to
 * the next line is clearly wider than the document's usual line spacing, or the font size changes
 * (a heading). Lines inside a paragraph are joined with spaces, and a word hyphenated across a line
 * end is rejoined. A paragraph continues across a page break when it does not end a sentence and
 * the next page starts in lower case.
 */
export function linesToParagraphs(pages: readonly (readonly PdfLine[])[]): string {
  const spacing = usualSpacing(pages);
  const paragraphs: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim()) paragraphs.push(current.trim());
    current = '';
  };
  const append = (text: string) => {
    if (!current) current = text;
    else if (/[A-Za-z]-$/.test(current) && /^[a-z]/.test(text)) current = current.slice(0, -1) + text;
    else current += ` ${text}`;
  };
  for (const page of pages) {
    const lines = page.filter((line) => !isPageNumber(line.text));
    lines.forEach((line, index) => {
      const previous = lines[index - 1];
      if (!previous) {
        if (current && (/[.!?:"”’)]$/.test(current) || !/^[a-z]/.test(line.text))) push();
      } else {
        const gap = previous.y - line.y;
        const sizeChanged = Math.abs(previous.size - line.size) > Math.max(previous.size, line.size) * 0.15;
        const typical = spacing ?? line.size * 1.2;
        if (sizeChanged || gap <= 0 || gap > typical * 1.35 + 0.5) push();
      }
      append(line.text);
    });
  }
  push();
  return paragraphs.join('\n\n');
}

/** The most common gap between consecutive lines of the same size (the smallest on a tie), rounded to 0.5 pt. */
function usualSpacing(pages: readonly (readonly PdfLine[])[]): number | null {
  const counts = new Map<number, number>();
  for (const page of pages) {
    for (let index = 1; index < page.length; index++) {
      const a = page[index - 1]!;
      const b = page[index]!;
      const gap = a.y - b.y;
      if (Math.abs(a.size - b.size) > 0.5 || gap <= 0 || gap > a.size * 4) continue;
      const key = Math.round(gap * 2) / 2;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && gap < best)) {
      best = gap;
      bestCount = count;
    }
  }
  return best;
}
