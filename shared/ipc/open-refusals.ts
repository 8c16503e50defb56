import type { ErrorReply } from '../errors';

/**
 * The refusals to open a project that the renderer can help with: asking for the passphrase of an
 * encrypted project, and offering to mend a damaged one or restore its newest good backup. They are
 * told apart by their codes (`passphrase-needed`, `wrong-passphrase`, `file-damaged`); the
 * sentences here are what people read.
 */

/** Opening an encrypted project without its passphrase. */
export const PASSPHRASE_NEEDED = 'This project is encrypted: enter its passphrase to open it.';

/** Opening an encrypted project with a passphrase that is not its own. */
export const WRONG_PASSPHRASE =
  'That passphrase is not the passphrase of this project; nothing was opened or changed.';

/** The fewest characters a new project's passphrase may have. */
export const MIN_PASSPHRASE_LENGTH = 8;

/** What a refusal to open a project asks of the person. */
export type OpenRefusal =
  | { readonly kind: 'passphrase'; readonly wrong: boolean }
  | { readonly kind: 'damaged'; readonly backup: string | null }
  | { readonly kind: 'other' };

/** What a refusal asks of the person: a passphrase to ask for, a damaged project to mend or restore, or nothing to add. */
export function classifyOpenRefusal(error: ErrorReply): OpenRefusal {
  if (error.code === 'passphrase-needed') return { kind: 'passphrase', wrong: false };
  if (error.code === 'wrong-passphrase') return { kind: 'passphrase', wrong: true };
  // Damaged with no good backup still goes to the damaged-project notice: mending may help.
  if (error.code === 'file-damaged') return { kind: 'damaged', backup: error.backup ?? null };
  return { kind: 'other' };
}
