import type { KeyboardEvent } from 'react';

/**
 * Ctrl+Enter (⌘Enter on a Mac) submits a form from any of its fields: Enter already does in a
 * one-line field, but in a multi-line one (a quote, a methodology) it starts a new line. Put on the
 * `<form>` as its `onKeyDown`; the form submits as its submit button would (checks included), and not
 * while that button is disabled (busy), so a second press cannot run the action twice.
 */
export function submitOnModEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
  if (event.nativeEvent.isComposing) return;
  event.preventDefault();
  const form = event.currentTarget;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (button?.disabled) return;
  form.requestSubmit(button ?? undefined);
}
