import { useEffect, useRef } from 'react';

/** Key → action. Keys are `KeyboardEvent.key` values: 'j', 'ArrowDown', '?', '/'. */
export type ShortcutMap = Readonly<Record<string, () => void>>;

/** True when the key press belongs to a field: typing, choosing a radio, a select, editable text. */
export function isTypingTarget(target: EventTarget | null, key = ''): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    if (target.type === 'radio') return key.startsWith('Arrow') || key === ' ';
    return !['button', 'submit', 'reset', 'checkbox', 'file', 'image'].includes(target.type);
  }
  return false;
}

/** Space on a button, link or checkbox activates it; it is no shortcut there. */
function isActivatable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('button, a[href], summary, [role="button"], label') !== null
  );
}

/**
 * Single-key shortcuts for the whole window. They never fire while typing in a field, with Ctrl,
 * Alt or Meta held, or while a modal dialog is open.
 */
export function useShortcuts(shortcuts: ShortcutMap): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  }, [shortcuts]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing)
        return;
      if (isTypingTarget(event.target, event.key)) return;
      if (event.key === ' ' && isActivatable(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const action = latest.current[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
