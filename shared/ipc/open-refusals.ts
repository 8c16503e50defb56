/**
 * The sentences with which opening a project is refused in ways the renderer can help with: asking
 * for the passphrase of an encrypted project, and offering the newest good backup of a damaged one.
 * The services throw these exact sentences; the renderer recognises them. Errors cross IPC as one
 * sentence (the envelope), so the sentence itself is the contract, kept here in one place.
 */

/** Opening an encrypted project without its passphrase. */
export const PASSPHRASE_NEEDED = 'This project is encrypted: enter its passphrase to open it.';

/** Opening an encrypted project with a passphrase that is not its own. */
export const WRONG_PASSPHRASE =
  'That passphrase is not the passphrase of this project; nothing was opened or changed.';

/** Where a damaged project's message names the backup it offers (followed by the backup's name). */
export const GOOD_BACKUP_OFFER = 'The newest good backup is ';

/** The fewest characters a new project's passphrase may have. */
export const MIN_PASSPHRASE_LENGTH = 8;

/** What a refusal to open a project asks of the person. */
export type OpenRefusal =
  | { readonly kind: 'passphrase'; readonly wrong: boolean }
  | { readonly kind: 'damaged'; readonly backup: string }
  | { readonly kind: 'other' };

/** Reads a refusal sentence: a passphrase to ask for, a backup to offer, or nothing to add. */
export function classifyOpenRefusal(message: string): OpenRefusal {
  if (message === PASSPHRASE_NEEDED) return { kind: 'passphrase', wrong: false };
  if (message === WRONG_PASSPHRASE) return { kind: 'passphrase', wrong: true };
  const at = message.lastIndexOf(GOOD_BACKUP_OFFER);
  if (at >= 0) {
    const name = /^[0-9A-Za-z-]{1,80}/.exec(message.slice(at + GOOD_BACKUP_OFFER.length))?.[0];
    if (name) return { kind: 'damaged', backup: name };
  }
  return { kind: 'other' };
}
