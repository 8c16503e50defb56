import { Buffer } from 'node:buffer';
import type { HandlerSlice } from '../ipc/handler-types';
import { draftFromText, readDraftFile } from '../drafts/read-draft';
import { diffVersions, versionsOf } from './document-versions';

type RevisionChannel = 'document:revise' | 'document:reviseFile' | 'document:versions' | 'document:diff';

/**
 * Handlers that load a new version of a document (its file parsed by the session's runner: in the
 * desktop app, off the main thread), list its versions and compare two of them.
 */
export const revisionHandlers: HandlerSlice<RevisionChannel> = {
  'document:revise': ({ documentId, fileName, text, base64 }, session) =>
    session.reviseDocument(documentId, () =>
      text !== undefined
        ? Promise.resolve(draftFromText(fileName, text))
        : session.readDraft(fileName, Buffer.from(base64 ?? '', 'base64')),
    ),
  'document:reviseFile': ({ documentId, path }, session) =>
    session.reviseDocument(documentId, () =>
      readDraftFile(path, (name, bytes) => session.readDraft(name, bytes)),
    ),
  'document:versions': async ({ documentId }, session) => versionsOf(session.project.document(documentId)),
  'document:diff': ({ documentId, from, to }, session) => diffVersions(session.project, documentId, from, to),
};
