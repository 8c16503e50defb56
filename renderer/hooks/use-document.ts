import { useCallback, useEffect, useState } from 'react';
import type { DocumentView } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';

/** The document to show in the draft view, fetched once per id and kept while the project is open. */
export function useDocument(documentId: string | null): {
  document: DocumentView | null;
  loading: boolean;
  /** Drops a document from the cache (a new version was loaded), so it is fetched again. */
  forget: (documentId: string) => void;
  /** Fetches a cached document again (its date or language changed), showing the old one meanwhile. */
  refresh: (documentId: string) => void;
} {
  const api = useApi();
  const { reportError } = useNotices();
  const [cache, setCache] = useState<ReadonlyMap<string, DocumentView>>(() => new Map());
  const wanted = documentId !== null && !cache.has(documentId);

  useEffect(() => {
    if (!wanted || documentId === null) return;
    let live = true;
    api.invoke('document:get', { documentId }).then(
      (document) => setCache((current) => new Map(current).set(documentId, document)),
      (error: unknown) => live && reportError(error),
    );
    return () => {
      live = false;
    };
  }, [api, documentId, wanted, reportError]);

  const forget = useCallback((id: string) => {
    setCache((current) => {
      const next = new Map(current);
      next.delete(id);
      return next;
    });
  }, []);
  const refresh = useCallback(
    (id: string) => {
      api
        .invoke('document:get', { documentId: id })
        .then(
          (fresh) => setCache((current) => (current.has(id) ? new Map(current).set(id, fresh) : current)),
          reportError,
        );
    },
    [api, reportError],
  );
  const document = documentId === null ? null : (cache.get(documentId) ?? null);
  return { document, loading: documentId !== null && document === null, forget, refresh };
}
