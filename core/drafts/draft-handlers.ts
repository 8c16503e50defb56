import { Buffer } from 'node:buffer';
import { basename } from 'node:path';
import type { HandlerSlice } from '../ipc/handler-types';
import { recordImport } from '../documents/document-changes';
import type { Dialogs } from '../service-types';
import type { DraftToImport } from '../documents/import-batches';
import type { WorkbenchSession } from '../session/workbench-session';
import type { ImportResult } from '../../shared/ipc';

type DraftChannel =
  | 'dialog:chooseDrafts'
  | 'documents:importFiles'
  | 'documents:importText'
  | 'documents:importBytes'
  | 'documents:importProgress'
  | 'document:get'
  | 'document:setDate';

/**
 * Handlers that import drafts (chosen files, pasted text, bytes sent by the browser), read one back,
 * and set its publication date. Each draft is read and its claims found by one extraction job (in
 * the worker, in the app and the web workbench), with the publication date the person gave, if any.
 */
export function draftHandlers(dialogs: Pick<Dialogs, 'chooseDrafts'>): HandlerSlice<DraftChannel> {
  return {
    'dialog:chooseDrafts': () => dialogs.chooseDrafts(),
    'documents:importFiles': ({ paths, date, duplicates }, session) =>
      importAndRecord(
        session,
        paths.map((path) => ({ name: basename(path), source: { kind: 'file', path } })),
        { date, duplicates },
      ),
    'documents:importText': ({ fileName, text, date, duplicates, group }, session) =>
      importAndRecord(session, [{ name: fileName, source: { kind: 'text', fileName, text } }], {
        date,
        duplicates,
        group,
      }),
    'documents:importBytes': ({ fileName, base64, date, duplicates, group }, session) =>
      importAndRecord(
        session,
        [{ name: fileName, source: { kind: 'bytes', fileName, bytes: Buffer.from(base64, 'base64') } }],
        { date, duplicates, group },
      ),
    'documents:importProgress': async (_args, session) => session.importProgress,
    'document:get': ({ documentId }, session) => session.project.readDocument(documentId),
    'document:setDate': ({ documentId, date }, session) => session.setPublicationDate(documentId, date),
  };
}

/** Imports drafts through the session and makes them one undo step (or part of their drop's step). */
async function importAndRecord(
  session: WorkbenchSession,
  drafts: readonly DraftToImport[],
  how: { date?: string; duplicates?: 'hold' | 'import'; group?: string },
): Promise<ImportResult> {
  return recordImport(session, await session.importDrafts(drafts, how.date, how.duplicates), how.group);
}
