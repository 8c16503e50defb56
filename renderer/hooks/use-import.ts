import { useCallback, useState } from 'react';
import { DRAFT_ACCEPT, draftTransportOf, READABLE_DRAFTS } from '../../shared/domain/draft-files';
import type { ImportResult } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { errorReplyOf } from '../api/envelope';
import { useNotices } from '../app/notices-context';
import { plural } from '../lib/format';

/** The file picker's `accept`: every draft extension and media type (shared/domain/draft-files.ts). */
export const TEXT_DRAFT_ACCEPT = DRAFT_ACCEPT;
/** The sentence for a file that is not a draft. */
export const NOT_A_DRAFT = `Factdesk reads ${READABLE_DRAFTS} drafts.`;

/** A file's bytes as base64, in slices so large files do not overflow the call stack. */
export async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

/** How the workbench brings drafts in: the system picker (desktop) or file text (web, drag and drop). */
export function useImport(onImported: (result: ImportResult) => void) {
  const api = useApi();
  const { reportError, notify } = useNotices();
  const [busy, setBusy] = useState(false);

  const finish = useCallback(
    (result: ImportResult) => {
      if (result.imported.length > 0) {
        const claims = result.imported.reduce((sum, document) => sum + document.claimCount, 0);
        notify(`Imported ${plural(result.imported.length, 'draft')}; ${plural(claims, 'claim')} found.`);
        onImported(result);
      }
      for (const failure of result.failed) reportError(`${failure.file}: ${failure.error}`);
    },
    [notify, onImported, reportError],
  );

  /** Desktop: the system file picker, then `documents:importFiles`. */
  const importWithPicker = useCallback(async () => {
    try {
      const paths = await api.invoke('dialog:chooseDrafts', {});
      if (!paths || paths.length === 0) return;
      setBusy(true);
      finish(await api.invoke('documents:importFiles', { paths, duplicates: 'import' }));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }, [api, finish, reportError]);

  /** Web and drag-and-drop: read each file here and send it (text, or bytes for HTML, Word and PDF). */
  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setBusy(true);
      const imported: ImportResult['imported'][number][] = [];
      const failed: ImportResult['failed'][number][] = [];
      for (const file of files) {
        const transport = draftTransportOf(file.name);
        const asText = transport === 'text';
        if (!transport) {
          failed.push({
            file: file.name,
            error: NOT_A_DRAFT,
            code: 'unreadable-draft',
          });
          continue;
        }
        try {
          const result = asText
            ? await api.invoke('documents:importText', {
                fileName: file.name,
                text: await file.text(),
                duplicates: 'import',
              })
            : await api.invoke('documents:importBytes', {
                fileName: file.name,
                base64: await base64Of(file),
                duplicates: 'import',
              });
          imported.push(...result.imported);
          failed.push(...result.failed);
        } catch (error) {
          const reply = errorReplyOf(error);
          failed.push({ file: file.name, error: reply.message, code: reply.code });
        }
      }
      setBusy(false);
      finish({ imported, failed });
    },
    [api, finish],
  );

  return { busy, importWithPicker, importFiles };
}
