import { Buffer } from 'node:buffer';
import type { HandlerSlice } from '../ipc/handler-types';
import { diffVersions, versionsOf } from './document-versions';

type RevisionChannel = 'document:revise' | 'document:reviseFile' | 'document:versions' | 'document:diff';

/** Handlers that load a new version of a document, list its versions and compare two of them. */
export const revisionHandlers: HandlerSlice<RevisionChannel> = {
  'document:revise': ({ documentId, fileName, text, base64, allowEarlierVersion }, session) =>
    session.reviseDocument(
      documentId,
      text !== undefined
        ? { kind: 'text', fileName, text }
        : { kind: 'bytes', fileName, bytes: Buffer.from(base64 ?? '', 'base64') },
      allowEarlierVersion === true,
    ),
  'document:reviseFile': ({ documentId, path, allowEarlierVersion }, session) =>
    session.reviseDocument(documentId, { kind: 'file', path }, allowEarlierVersion === true),
  'document:versions': async ({ documentId }, session) =>
    versionsOf(await session.project.readDocument(documentId)),
  'document:diff': ({ documentId, from, to }, session) => diffVersions(session.project, documentId, from, to),
};
