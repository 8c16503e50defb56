import { createHash } from 'node:crypto';
import { mkdir, open, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { AttachedFile, Citation } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import type { CitationInput } from '../../shared/ipc';
import { newId, now } from '../project/ids';
import { ATTACHMENTS_FOLDER } from '../project/project-files';
import { storeAttachment } from '../storage/attachment-store';
import { writeFileDurably } from '../storage/durable-write';
import { plainCodec, type FileCodec } from '../storage/file-codec';
import { describeIoError } from '../storage/json-file-adapter';

/** The largest file that can be attached to a citation, in bytes. */
export const MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024;

/** Checks a citation URL: only http and https links are kept, so no `javascript:` or `file:` link is ever stored. */
export function checkCitationUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new UserError(
      `"${trimmed.slice(0, 80)}" is not a web address; a citation URL starts with https://.`,
      'refused',
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new UserError(
      `A citation URL must start with https:// or http://, not ${parsed.protocol}.`,
      'refused',
    );
  }
  return parsed.href;
}

/**
 * Builds a citation from what the checker entered, copying an attached file into the project
 * (encrypted with the project's `codec` when the project is encrypted). `attached` is a file
 * already in the project (one the app stored, or the one an edited citation had).
 */
export async function buildCitation(
  projectDir: string,
  input: CitationInput,
  checker: string,
  codec: FileCodec = plainCodec,
  attached?: AttachedFile,
): Promise<Citation> {
  const url = input.url?.trim() ? checkCitationUrl(input.url) : undefined;
  const file = attached ?? (input.filePath ? await attachFile(projectDir, input.filePath, codec) : undefined);
  const title = input.title.trim();
  if (!url && !file && !title)
    throw new UserError('A citation needs a URL, a file or at least a title.', 'refused');
  return {
    id: newId('s'),
    url,
    file,
    title: title || file?.name || url || '',
    publisher: input.publisher?.trim() || undefined,
    date: input.date?.trim() || undefined,
    quote: input.quote,
    stance: input.stance,
    locator: input.locator?.trim() || undefined,
    archivedUrl: input.archivedUrl?.trim() ? checkCitationUrl(input.archivedUrl) : undefined,
    ...(input.confidential ? { confidential: true } : {}),
    addedAt: now(),
    addedBy: checker,
  };
}

/**
 * Copies a file into `attachments/<sha256><ext>` (encrypted: `attachments/<keyed hash>`), durably;
 * the same bytes attached twice are stored once.
 */
export async function attachFile(
  projectDir: string,
  sourcePath: string,
  codec: FileCodec = plainCodec,
): Promise<AttachedFile> {
  const name = basename(sourcePath);
  let size: number;
  try {
    const info = await stat(sourcePath);
    if (!info.isFile()) throw new UserError(`${name} is not a file, so it cannot be attached.`, 'refused');
    size = info.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Factdesk cannot attach ${name}: ${describeIoError(error)}.`, 'io-failed');
  }
  if (size > MAX_ATTACHMENT_BYTES)
    throw new UserError(`${name} is larger than 200 MB, too large to attach.`, 'too-large');
  const sha256 = await hashFile(sourcePath);
  const path = attachmentPath(name, sha256, codec);
  await mkdir(join(projectDir, ATTACHMENTS_FOLDER), { recursive: true });
  await storeAttachment(sourcePath, join(projectDir, path), path, size, codec);
  return { name, path, sha256, size };
}

/** Where an attachment with this name and sha256 is stored inside the project. */
export function attachmentPath(name: string, sha256: string, codec: FileCodec): string {
  const extension = /^\.[A-Za-z0-9]{1,10}$/.test(extname(name)) ? extname(name).toLowerCase() : '';
  return `${ATTACHMENTS_FOLDER}/${codec.attachmentId(sha256)}${codec.encrypted ? '' : extension}`;
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(path, 'r');
  try {
    for await (const chunk of handle.createReadStream()) hash.update(chunk as Buffer);
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/** Stores bytes as `attachments/<sha256><ext>` (encrypted like every project file when the project is). */
export async function attachBytes(
  projectDir: string,
  name: string,
  bytes: Uint8Array,
  codec: FileCodec,
): Promise<AttachedFile> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const path = attachmentPath(name, sha256, codec);
  const target = join(projectDir, path);
  await mkdir(join(projectDir, ATTACHMENTS_FOLDER), { recursive: true });
  const stored = codec.encrypted ? codec.encode(bytes, path) : bytes;
  // Content-addressed: the same bytes already there (whole) are the same attachment.
  const existing = await stat(target).catch(() => null);
  if (!(existing?.isFile() && existing.size === stored.length)) await writeFileDurably(target, stored);
  return { name, path, sha256, size: bytes.length };
}
