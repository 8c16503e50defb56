/** Offsets into the document's text of a point in the rendered draft (runs carry `data-start`). */
function pointToOffset(article: HTMLElement, node: Node, offset: number, textLength: number): number | null {
  if (!article.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (!run || !article.contains(run)) return null;
    return Number(run.dataset.start) + offset;
  }
  // An element boundary: the start of its `offset`-th child, or the end of the text.
  const element = node as HTMLElement;
  const child = element.childNodes[offset];
  if (!child) {
    if (element === article) return textLength;
    const run = element.closest<HTMLElement>('[data-start]');
    return run ? Number(run.dataset.start) + (run.textContent?.length ?? 0) : textLength;
  }
  const run =
    child instanceof HTMLElement
      ? (child.closest<HTMLElement>('[data-start]') ?? child.querySelector<HTMLElement>('[data-start]'))
      : child.parentElement?.closest<HTMLElement>('[data-start]');
  return run ? Number(run.dataset.start) : null;
}

/** The window's selection inside `article` as [start, end) offsets into `text`, trimmed of spaces. */
export function selectionOffsets(article: HTMLElement, text: string): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  let start = pointToOffset(article, range.startContainer, range.startOffset, text.length);
  let end = pointToOffset(article, range.endContainer, range.endOffset, text.length);
  if (start === null || end === null) return null;
  start = Math.max(0, Math.min(text.length, start));
  end = Math.max(0, Math.min(text.length, end));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Puts a collapsed caret at `offset` of the text, so Shift+arrows can extend a selection from it. */
export function placeCaret(article: HTMLElement, offset: number): void {
  const runs = article.querySelectorAll<HTMLElement>('[data-start]');
  for (const run of runs) {
    const start = Number(run.dataset.start);
    const length = run.textContent?.length ?? 0;
    if (offset >= start && offset <= start + length && run.firstChild) {
      window.getSelection()?.collapse(run.firstChild, offset - start);
      return;
    }
  }
}
