import { terminalSafe } from './terminal-safe';

/** A line of progress redrawn in place on a terminal; `clear` removes it. */
export interface ProgressLine {
  readonly show: (text: string) => void;
  readonly clear: () => void;
}

/** Back to the start of the line and erase it (ECMA-48 EL). */
const ERASE_LINE = '\r\x1b[2K';

/** At most this often is the line redrawn; the newest text is drawn when the time comes. */
const REDRAW_MS = 100;

/**
 * A progress line on `out` when `out` is a terminal; undefined otherwise, so logs and pipes get
 * nothing. Redraws are spaced `REDRAW_MS` apart (thousands of drafts a minute would flood a slow
 * terminal); the text of a skipped redraw is drawn at the next slot.
 */
export function progressLine(out: NodeJS.WriteStream): ProgressLine | undefined {
  if (!out.isTTY) return undefined;
  let shown = false;
  let drawnAt = Number.NEGATIVE_INFINITY;
  let latest: string | null = null;
  let drawn: string | null = null;
  let timer: NodeJS.Timeout | null = null;
  const draw = () => {
    timer = null;
    if (latest === null) return;
    out.write(`${ERASE_LINE}${terminalSafe(latest)}`);
    drawn = latest;
    latest = null;
    shown = true;
    drawnAt = performance.now();
  };
  return {
    show: (text) => {
      if (text === (latest ?? drawn)) return;
      latest = text;
      const wait = drawnAt + REDRAW_MS - performance.now();
      if (wait <= 0) draw();
      else timer ??= setTimeout(draw, wait).unref();
    },
    clear: () => {
      if (timer) clearTimeout(timer);
      timer = null;
      latest = null;
      if (shown) out.write(ERASE_LINE);
      shown = false;
      drawn = null;
    },
  };
}

/** "Printing the PDF: part 3 of 42", then "joined" once every part is in. */
export function pdfProgressText({ partsDone, parts }: { partsDone: number; parts: number }): string {
  return partsDone < parts
    ? `Printing the PDF: part ${partsDone + 1} of ${parts}`
    : `Printing the PDF: joined ${parts} parts`;
}

/** "Importing: 1,200 of 6,000 drafts" (drafts done, read and their claims found, of all). */
export function importProgressText(done: number, total: number): string {
  const count = (n: number) => n.toLocaleString('en-US');
  return `Importing: ${count(done)} of ${count(total)} draft${total === 1 ? '' : 's'}`;
}
