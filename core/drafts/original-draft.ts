import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AttachedFile, FactdeskDocument } from '../../shared/domain';
import { attachBytes } from '../citations/build-citation';
import type { FileCodec } from '../storage/file-codec';
import type { DraftText } from './read-draft';

/** Where a project keeps files: its folder and how its files are stored. */
export interface OriginalStore {
  readonly dir: string;
  readonly codec: FileCodec;
}

/**
 * Keeps the file a draft was read from when its layout is worth keeping (a .docx), in the
 * project's `attachments/` by content, encrypted like every file of an encrypted project. Returns
 * what the document records about it, or undefined for drafts whose text is all there is.
 */
export async function keepOriginal(
  project: OriginalStore,
  draft: DraftText,
): Promise<AttachedFile | undefined> {
  if (!draft.original || draft.format !== 'docx') return undefined;
  return attachBytes(project.dir, draft.fileName, draft.original, project.codec);
}

/** A document's kept original: its bytes, or why there are none to use. */
export type OriginalBytes =
  | { readonly bytes: Uint8Array }
  | {
      readonly bytes: null;
      /** One sentence, or null when the draft never had a kept original. */ readonly why: string | null;
    };

/**
 * The bytes of a document's kept original. When it has none, or the stored copy is missing,
 * damaged or no longer the file that was kept (its sha256 differs), the caller writes a clean
 * document and can say why.
 */
export async function readOriginal(project: OriginalStore, doc: FactdeskDocument): Promise<OriginalBytes> {
  const file = doc.original;
  if (!file) return { bytes: null, why: null };
  const lost = {
    bytes: null,
    why: `The Word file "${doc.fileName}" was imported from is no longer intact in the project (${file.path}), so a clean copy of its text was written instead.`,
  } as const;
  let bytes: Uint8Array;
  try {
    bytes = project.codec.decode(new Uint8Array(await readFile(join(project.dir, file.path))), file.path);
  } catch {
    return lost;
  }
  return createHash('sha256').update(bytes).digest('hex') === file.sha256 ? { bytes } : lost;
}
