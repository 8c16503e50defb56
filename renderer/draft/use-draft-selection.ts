import { useCallback, useEffect, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { placeCaret, selectionOffsets } from './selection-offsets';

/** Text chosen in the draft: its offsets, and where to show the Add claim button. */
export interface DraftSelection {
  readonly start: number;
  readonly end: number;
  readonly top: number;
  readonly left: number;
}

/**
 * Follows the window's selection inside the draft's article. Arrow keys move a caret in the draft
 * and Shift+arrows (Ctrl for words) extend a selection, so text can be chosen without a mouse.
 */
export function useDraftSelection(
  articleRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
  popoverRef: RefObject<HTMLElement | null>,
  text: string | null,
  caretStart: number,
) {
  const [chosen, setChosen] = useState<DraftSelection | null>(null);

  const update = useCallback(() => {
    const article = articleRef.current;
    const scroller = scrollRef.current;
    if (popoverRef.current?.contains(document.activeElement)) return;
    if (!article || !scroller || text === null) return setChosen(null);
    const offsets = selectionOffsets(article, text);
    if (!offsets) return setChosen(null);
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    setChosen({
      ...offsets,
      top: rect.bottom - box.top + scroller.scrollTop + 6,
      left: Math.max(8, Math.min(rect.left - box.left, box.width - 220)),
    });
  }, [articleRef, scrollRef, popoverRef, text]);

  useEffect(() => {
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [update]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const article = articleRef.current;
      const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
      if (!article || !horizontal || event.altKey || event.metaKey) return;
      const selection = window.getSelection();
      if (!selection) return;
      if (selection.rangeCount === 0 || !article.contains(selection.anchorNode))
        placeCaret(article, caretStart);
      event.preventDefault();
      event.stopPropagation();
      selection.modify(
        event.shiftKey ? 'extend' : 'move',
        event.key === 'ArrowRight' ? 'forward' : 'backward',
        event.ctrlKey ? 'word' : 'character',
      );
      // selectionchange fires later; a key pressed at once (a → Add claim) must see this selection.
      update();
    },
    [articleRef, caretStart, update],
  );

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setChosen(null);
  }, []);

  return { chosen, onKeyDown, clear };
}
