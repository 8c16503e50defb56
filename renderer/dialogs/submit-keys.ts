import type { KeyboardEvent } from 'react';

/**
 * Ctrl+Enter (⌘Enter on a Mac) saves a form from any of its fields: Enter already does in a
 * one-line field, but in a multi-line one (a quote) it starts a new line. Put on the `<form>` as its
 * `onKeyDown`; the form submits as its Save button would (checks included).
 */
export function submitOnModEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
  if (event.nativeEvent.isComposing) return;
  event.preventDefault();
  event.currentTarget.requestSubmit();
}
