import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AttachedFile, Citation } from '../../shared/domain';
import { UserError } from '../../shared/errors';
import type { CitationInput } from '../../shared/ipc';
import { MAX_UPLOADED_ATTACHMENT_BYTES, type ChosenCitationFile } from '../../shared/ipc/citation-transfer';
import {
  attachBytes,
  attachFile,
  buildCitation,
  checkCitationUrl,
  MAX_ATTACHMENT_BYTES,
} from './build-citation';
import { projectAttachment } from './project-attachment';
import { describeIoError } from '../storage/json-file-adapter';
import type { WorkbenchSession } from '../session/workbench-session';

/** A chosen file main holds for a session: a path its own dialog returned, or bytes the browser sent. */
type HeldFile =
  | { readonly kind: 'path'; readonly path: string; readonly name: string; readonly size: number }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly name: string; readonly size: number };

/** How many chosen files a session keeps waiting for their citation (the oldest is forgotten first). */
const MAX_HELD = 4;

/**
 * The files chosen for citations in one session, by token. The renderer only ever holds a token,
 * so `claim:addCitation` can attach nothing but a file the checker picked in main's own dialog (or
 * uploaded); a path typed into a request is refused.
 */
class ChosenFiles {
  private readonly held = new Map<string, HeldFile>();

  hold(file: HeldFile): ChosenCitationFile {
    const token = `f${randomBytes(12).toString('hex')}`;
    this.held.set(token, file);
    while (this.held.size > MAX_HELD) this.held.delete(this.held.keys().next().value!);
    return { token, name: file.name, size: file.size };
  }

  get(token: string): HeldFile {
    const file = this.held.get(token);
    if (!file)
      throw new UserError(
        'The chosen file is no longer waiting to be attached; choose it again.',
        'not-found',
      );
    return file;
  }

  forget(token: string): void {
    this.held.delete(token);
  }
}

const bySession = new WeakMap<WorkbenchSession, ChosenFiles>();

function chosenFilesOf(session: WorkbenchSession): ChosenFiles {
  let files = bySession.get(session);
  if (!files) bySession.set(session, (files = new ChosenFiles()));
  return files;
}

/** Holds a path the desktop's open dialog returned, after checking it is a file small enough to attach. */
export async function holdChosenPath(session: WorkbenchSession, path: string): Promise<ChosenCitationFile> {
  const name = basename(path);
  const info = await stat(path).catch((error: unknown) => {
    throw new UserError(`Factdesk cannot attach ${name}: ${describeIoError(error)}.`, 'io-failed');
  });
  if (!info.isFile()) throw new UserError(`${name} is not a file, so it cannot be attached.`, 'refused');
  if (info.size > MAX_ATTACHMENT_BYTES)
    throw new UserError(`${name} is larger than 200 MB, too large to attach.`, 'too-large');
  return chosenFilesOf(session).hold({ kind: 'path', path, name, size: info.size });
}

/** Holds a file's bytes the web workbench sent, refusing what is not base64, empty or too large. */
export function holdUploadedBytes(
  session: WorkbenchSession,
  fileName: string,
  base64: string,
): ChosenCitationFile {
  const name = safeFileName(fileName);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
    throw new UserError(`The bytes of ${name} did not arrive intact; choose the file again.`, 'refused');
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  if (bytes.length === 0) throw new UserError(`${name} is empty, so there is nothing to attach.`, 'refused');
  if (bytes.length > MAX_UPLOADED_ATTACHMENT_BYTES)
    throw new UserError(
      `${name} is larger than 25 MB, too large to attach in the browser; attach it in the desktop app or with factdesk cite --file.`,
      'too-large',
    );
  return chosenFilesOf(session).hold({ kind: 'bytes', bytes, name, size: bytes.length });
}

/**
 * Builds the citation `claim:addCitation` (or `claim:updateCitation`) saves: a file comes only by
 * token (chosen in main's dialog, or uploaded), spent once the file is in the project, or by the
 * sha256 of a file the project already holds.
 */
export async function citationFromRequest(
  session: WorkbenchSession,
  input: CitationInput,
): Promise<Citation> {
  const { fileToken, filePath, attachmentSha256, ...fields } = input;
  if (filePath !== undefined)
    throw new UserError(
      'Factdesk attaches only a file chosen in its own file dialog; choose the file again.',
      'refused',
    );
  if (fileToken && attachmentSha256)
    throw new UserError(
      'A citation attaches one file: either a newly chosen one or one already in the project.',
      'refused',
    );
  // Check the addresses before copying anything in, so a typo costs no copy.
  if (fields.url?.trim()) checkCitationUrl(fields.url);
  if (fields.archivedUrl?.trim()) checkCitationUrl(fields.archivedUrl);
  const { dir, codec } = session.project;
  let file: AttachedFile | undefined;
  if (fileToken) {
    const held = chosenFilesOf(session).get(fileToken);
    file =
      held.kind === 'path'
        ? await attachFile(dir, held.path, codec)
        : await attachBytes(dir, held.name, held.bytes, codec);
  } else if (attachmentSha256) {
    // A source's file reused: the copy already stored, never a new one.
    file = await projectAttachment(session.project, attachmentSha256);
  }
  const citation = await buildCitation(dir, fields, session.checker, codec, file);
  if (fileToken) chosenFilesOf(session).forget(fileToken);
  return citation;
}

/** A file name from the browser as a plain name: no folders, no control characters. */
function safeFileName(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const name = (fileName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return name && name !== '.' && name !== '..' ? name.slice(0, 255) : 'attachment';
}
