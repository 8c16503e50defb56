/** The claims table, where the workbench's one-key shortcuts act (null on the start screen). */
export function claimsTableElement(): HTMLElement | null {
  return globalThis.document.querySelector<HTMLElement>('.claims-table');
}

/** Back to the claims table after a field or a dialog is done with, so the next key is a shortcut. */
export function focusClaimsTable(): void {
  claimsTableElement()?.focus();
}

/** Focus is nowhere: on the page itself (or nothing), where a screen reader and Tab start from the top. */
export function focusIsNowhere(): boolean {
  const active = globalThis.document.activeElement;
  return (
    active === null || active === globalThis.document.body || active === globalThis.document.documentElement
  );
}
