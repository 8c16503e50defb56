/** The claims table, where the workbench's one-key shortcuts act (null on the start screen). */
export function claimsTableElement(): HTMLElement | null {
  return globalThis.document.querySelector<HTMLElement>('.claims-table');
}

/** Back to the claims table after a field or a dialog is done with, so the next key is a shortcut. */
export function focusClaimsTable(): void {
  claimsTableElement()?.focus();
}
