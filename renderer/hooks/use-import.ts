import { useCallback, useState } from 'react';
import type { ImportResult } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/envelope';
import { useNotices } from '../app/notices-context';
import { plural } from '../lib/format';

/** Draft files the browser can read as text and hand to `documents:importText`. */
export const TEXT_DRAFT = /\.(txt|text|md|markdown)$/i;
export const TEXT_DRAFT_ACCEPT = '.txt,.text,.md,.markdown,text/plain,text/markdown';

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
      finish(await api.invoke('documents:importFiles', { paths }));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }, [api, finish, reportError]);

  /** Web and drag-and-drop: read each file's text here and send it with its name. */
  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setBusy(true);
      const imported: ImportResult['imported'][number][] = [];
      const failed: { file: string; error: string }[] = [];
      for (const file of files) {
        if (!TEXT_DRAFT.test(file.name)) {
          failed.push({
            file: file.name,
            error: 'only .txt and .md drafts can be read here; use the desktop app for Word, PDF or HTML.',
          });
          continue;
        }
        try {
          const result = await api.invoke('documents:importText', {
            fileName: file.name,
            text: await file.text(),
          });
          imported.push(...result.imported);
          failed.push(...result.failed);
        } catch (error) {
          failed.push({ file: file.name, error: errorMessage(error) });
        }
      }
      setBusy(false);
      finish({ imported, failed });
    },
    [api, finish],
  );

  return { busy, importWithPicker, importFiles };
}
