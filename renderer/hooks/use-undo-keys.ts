import { useEffect, useRef } from 'react';
import { isTypingTarget } from './use-shortcuts';

/**
 * Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo — except in a text field, where the browser's
 * own text undo applies, and while a dialog is open. `undo` and `redo` report their own failures.
 */
export function useUndoKeys(undo: () => Promise<void>, redo: () => Promise<void>): void {
  const latest = useRef({ undo, redo });
  useEffect(() => {
    latest.current = { undo, redo };
  }, [undo, redo]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      if (isTypingTarget(event.target, event.key)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) void latest.current.redo();
      else void latest.current.undo();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
