import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AttachedFile, FactdeskDocument } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import { ATTACHMENTS_FOLDER } from '../project/project-files';
import type { FileCodec } from '../storage/file-codec';

/** What finding an attachment needs of an open project. */
export interface AttachmentOwner {
  readonly dir: string;
  readonly codec: FileCodec;
  readEachDocument(): AsyncIterable<FactdeskDocument>;
}

/**
 * The file a citation of this project already attaches, named by its sha256, so another citation
 * can attach the same stored copy (reusing a source) without a path crossing from the renderer.
 * The file must be cited in the project and whole in its `attachments/`; otherwise one sentence.
 */
export async function projectAttachment(project: AttachmentOwner, sha256: string): Promise<AttachedFile> {
  const known = await citedFile(project.readEachDocument(), sha256);
  const missing = new UserError(
    'The file of this source is no longer in the project, so it cannot be attached again; choose the file again.',
    'not-found',
  );
  if (!known) throw missing;
  // The stored path must be this hash's place in attachments/, so a hand-edited project file
  // cannot point another citation at some other file.
  const id = project.codec.attachmentId(sha256);
  const path = known.path;
  if (
    path !== `${ATTACHMENTS_FOLDER}/${id}` &&
    !new RegExp(`^${ATTACHMENTS_FOLDER}/${id}\\.[A-Za-z0-9]{1,10}$`).test(path)
  )
    throw missing;
  const expected = project.codec.encrypted
    ? project.codec.encode(new Uint8Array(0), path).length + known.size
    : known.size;
  const stored = await stat(join(project.dir, path)).catch(() => null);
  if (!stored?.isFile() || stored.size !== expected) throw missing;
  return { ...known };
}

async function citedFile(
  documents: AsyncIterable<FactdeskDocument>,
  sha256: string,
): Promise<AttachedFile | undefined> {
  for await (const doc of documents)
    for (const claim of doc.claims)
      for (const citation of claim.citations) if (citation.file?.sha256 === sha256) return citation.file;
  return undefined;
}
