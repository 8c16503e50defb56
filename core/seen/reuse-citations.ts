/**
 * Copies of an earlier checked claim's citations for a claim of the open project: new ids, added now
 * by this checker, the same source, passage, stance and confidentiality. An attached file is copied
 * into the open project (decrypted with the other project's key while it is unlocked, and encrypted
 * with this one's when it is encrypted); a file that cannot be read is left out, the citation kept.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AttachedFile, Citation } from '../../shared/domain';
import { attachBytes } from '../citations/build-citation';
import { newId, now } from '../project/ids';
import type { FileCodec } from '../storage/file-codec';

export interface CitationCopies {
  readonly citations: Citation[];
  /** Citations whose file could not be copied. */
  readonly filesLeftOut: number;
}

async function copyFile(
  from: { dir: string; codec: FileCodec },
  to: { dir: string; codec: FileCodec },
  file: AttachedFile,
): Promise<AttachedFile | undefined> {
  try {
    const stored = await readFile(join(from.dir, file.path));
    const bytes = from.codec.decode(stored, file.path);
    return await attachBytes(to.dir, file.name, bytes, to.codec);
  } catch {
    return undefined;
  }
}

/** Copies of `citations` (from the project `from`) for the project `to`. */
export async function copyCitations(
  citations: readonly Citation[],
  from: { dir: string; codec: FileCodec },
  to: { dir: string; codec: FileCodec },
  checker: string,
): Promise<CitationCopies> {
  const out: Citation[] = [];
  let filesLeftOut = 0;
  for (const citation of citations) {
    const { file, ...rest } = citation;
    const copied = file ? await copyFile(from, to, file) : undefined;
    if (file && !copied) filesLeftOut++;
    out.push({
      ...rest,
      ...(copied ? { file: copied } : {}),
      id: newId('s'),
      addedAt: now(),
      addedBy: checker,
    });
  }
  return { citations: out, filesLeftOut };
}
