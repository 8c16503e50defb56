import { useEffect } from 'react';

/** A control the checker is in: a text field, a select, a checkbox or radio (not a button, not the table). */
function isField(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * Escape in any field of the workbench (the filter, the note, the assignee, a facet…) leaves it for the
 * claims table, so the next key is a shortcut again (`d` marks Disputed, not a letter typed into the
 * note). Leaving a field saves what it holds, as leaving it by mouse does. Fields that use Escape
 * themselves (a menu closing, the Add claim form) stop it first; a modal dialog keeps it for closing.
 */
export function useEscapeToTable(table: () => HTMLElement | null): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      if (!isField(event.target) || document.querySelector('dialog[open]')) return;
      const destination = table();
      if (!destination) return;
      // Also keeps a search box from clearing itself: the filter stays as typed, the table shows it.
      event.preventDefault();
      destination.focus();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [table]);
}
