import { z } from 'zod';

/**
 * The pieces many channels' arguments are made of (contract.ts and the feature contracts beside it
 * use these, so a path or an id is bounded the same way on every channel).
 */

const NUL_IN_PATH = 'A path cannot contain a NUL byte.';

/** A filesystem path from the renderer: bounded, no NUL bytes. */
export const PathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), NUL_IN_PATH);

/** A folder the checker typed or chose: a path, trimmed of the spaces around it first. */
export const FolderSchema = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), NUL_IN_PATH);

/** The id of a claim, document, citation or chosen file: letters, digits, `_` and `-`. */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** A channel that takes nothing. */
export const NoArgs = z.object({}).strict();

/** A draft's publication date, a real calendar day: `YYYY-MM-DD`. */
export const PublicationDateSchema = z.iso.date();

/** What an import does with a draft the project already has: hold it back to ask (default), or import it. */
export const DuplicatesSchema = z.enum(['hold', 'import']).optional();

/** The drop a file came in (the files of one drag-and-drop are sent one by one): one undo step per drop. */
export const ImportGroupSchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/)
  .optional();

/** The passphrase of an encrypted project: held in memory only, never written or logged. */
export const PassphraseSchema = z.string().min(1).max(1024);

/** The name of a backup (a snapshot folder inside the project's `backups/`). */
export const BackupNameSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[0-9A-Za-z-]+$/);
