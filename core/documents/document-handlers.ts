import type { HandlerSlice } from '../ipc/handler-types';
import { removeDocument, renameDocument } from './document-changes';

type DocumentChannel = 'document:remove' | 'document:rename';

/** Handlers that remove a draft (after a backup) or rename one; each is one undo step. */
export const documentHandlers: HandlerSlice<DocumentChannel> = {
  'document:remove': ({ documentId }, session) => removeDocument(session, documentId),
  'document:rename': ({ documentId, title }, session) => renameDocument(session, documentId, title),
};
