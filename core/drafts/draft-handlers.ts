import { Buffer } from 'node:buffer';
import { basename } from 'node:path';
import type { HandlerSlice } from '../ipc/handler-types';
import type { Dialogs } from '../service-types';
import { draftFromText, readDraftFile } from './read-draft';

type DraftChannel =
  | 'dialog:chooseDrafts'
  | 'documents:importFiles'
  | 'documents:importText'
  | 'documents:importBytes'
  | 'documents:importProgress'
  | 'document:get';

/**
 * Handlers that import drafts (chosen files, pasted text, bytes sent by the browser) and read one
 * back. Files and bytes are parsed by the session's runner: in the desktop app, off the main thread.
 */
export function draftHandlers(dialogs: Pick<Dialogs, 'chooseDrafts'>): HandlerSlice<DraftChannel> {
  return {
    'dialog:chooseDrafts': () => dialogs.chooseDrafts(),
    'documents:importFiles': ({ paths }, session) =>
      session.importDrafts(
        paths.map((path) => () => readDraftFile(path, (name, bytes) => session.readDraft(name, bytes))),
        paths.map((path) => basename(path)),
      ),
    'documents:importText': ({ fileName, text }, session) =>
      session.importDrafts([async () => draftFromText(fileName, text)], [fileName]),
    'documents:importBytes': ({ fileName, base64 }, session) =>
      session.importDrafts([() => session.readDraft(fileName, Buffer.from(base64, 'base64'))], [fileName]),
    'documents:importProgress': async (_args, session) => session.importProgress,
    'document:get': async ({ documentId }, session) => session.project.document(documentId),
  };
}
