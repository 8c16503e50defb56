import { useCallback, useState } from 'react';
import type { ImportResult } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/envelope';
import { useNotices } from '../app/notices-context';
import { plural } from '../lib/format';

/** Draft files the browser can read as text and hand to `documents:importText`. */
export const TEXT_DRAFT = /\.(txt|text|md|markdown)$/i;
/** Draft files sent as bytes to `documents:importBytes`, where the services read them (HTML, Word, PDF). */
export const BINARY_DRAFT = /\.(html?|xhtml|docx|pdf)$/i;
export const TEXT_DRAFT_ACCEPT =
  '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf';

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
      finish(await api.invoke('documents:importFiles', { paths }));
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
      const failed: { file: string; error: string }[] = [];
      for (const file of files) {
        const asText = TEXT_DRAFT.test(file.name);
        if (!asText && !BINARY_DRAFT.test(file.name)) {
          failed.push({
            file: file.name,
            error: 'Factdesk reads .txt, .md, .html, .docx and .pdf drafts.',
          });
          continue;
        }
        try {
          const result = asText
            ? await api.invoke('documents:importText', { fileName: file.name, text: await file.text() })
            : await api.invoke('documents:importBytes', {
                fileName: file.name,
                base64: await base64Of(file),
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
