/**
 * The page printed to PDF is cut into parts that Chromium prints one at a time (its time per page
 * grows with the page's length: 2,505 pages in one page took 23 minutes). Its body is a list of
 * blocks, each inside the elements (wrappers) that must be open around it; a part that starts
 * inside a wrapper reopens it with its `resume` markup ("Title (continued)"), and closes what is
 * open at its end, so every part is a whole, valid page.
 */
export interface PrintWrapper {
  /** Markup that opens it the first time (a section with its heading). */
  readonly open: string;
  /** Markup that reopens it at the top of a later part. */
  readonly resume: string;
  readonly close: string;
}

export interface PrintBlock {
  readonly html: string;
  /** The wrappers around it, outermost first; blocks share a wrapper by identity. */
  readonly within: readonly PrintWrapper[];
}

/**
 * Groups blocks into parts of at most `budget` characters of markup each (a block larger than the
 * budget makes a part of its own), in order, each part's body a list of markup lines.
 */
export function splitPrintBlocks(blocks: readonly PrintBlock[], budget: number): string[][] {
  const parts: string[][] = [];
  const opened = new Set<PrintWrapper>();
  let body: string[] = [];
  let size = 0;
  let stack: readonly PrintWrapper[] = [];
  const closeFrom = (depth: number) => {
    for (let at = stack.length - 1; at >= depth; at--) body.push(stack[at]!.close);
  };
  for (const block of blocks) {
    if (size > 0 && size + block.html.length > budget) {
      closeFrom(0);
      parts.push(body);
      body = [];
      size = 0;
      stack = [];
    }
    let shared = 0;
    while (shared < stack.length && shared < block.within.length && stack[shared] === block.within[shared])
      shared++;
    closeFrom(shared);
    for (const wrapper of block.within.slice(shared)) {
      body.push(opened.has(wrapper) ? wrapper.resume : wrapper.open);
      opened.add(wrapper);
    }
    stack = block.within;
    body.push(block.html);
    size += block.html.length;
  }
  closeFrom(0);
  if (body.length > 0 || parts.length === 0) parts.push(body);
  return parts;
}
