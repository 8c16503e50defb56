import { useCallback, useState } from 'react';
import { DRAFT_ACCEPT, draftTransportOf, READABLE_DRAFTS } from '../../shared/domain/draft-files';
import type { DuplicateDraft, ImportResult, RevisionResult } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { errorReplyOf } from '../api/envelope';
import { useNotices } from '../app/notices-context';
import { plural } from '../lib/format';

/** The file picker's `accept`: every draft extension and media type (shared/domain/draft-files.ts). */
export const TEXT_DRAFT_ACCEPT = DRAFT_ACCEPT;
/** The sentence for a file that is not a draft. */
export const NOT_A_DRAFT = `Factdesk reads ${READABLE_DRAFTS} drafts.`;

/** The sentence for a draft an import refused: its file name first, unless the reason names it already. */
export function failureSentence(failure: ImportResult['failed'][number]): string {
  return failure.error.includes(failure.file) ? failure.error : `${failure.file}: ${failure.error}`;
}

/** A file's bytes as base64, in slices so large files do not overflow the call stack. */
export async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

/** A draft an import held back as already in the project, and how to send it again. */
export interface HeldDraft {
  readonly duplicate: DuplicateDraft;
  /** Sends it again: as a new version of the draft it repeats, or imported anyway as its own draft. */
  readonly resend: {
    (as: 'version'): Promise<RevisionResult>;
    (as: 'import'): Promise<ImportResult>;
  };
}

/**
 * An earlier version's text is loaded as a new version only when the checker chose that in the
 * import's own dialog, which said what it is: the resend says so, or the app would refuse it.
 */
function allowedIf(duplicate: DuplicateDraft): { allowEarlierVersion?: true } {
  return duplicate.reason === 'earlier-version' ? { allowEarlierVersion: true } : {};
}

/** Makes the resend of each held draft from how it was sent the first time. */
type Resender = (duplicate: DuplicateDraft) => HeldDraft['resend'];

/**
 * How the workbench brings drafts in: the system picker (desktop) or file text (web, drag and drop).
 * A draft the project already has is held back by the import and waits in `held` for the checker's
 * answer (`resolveHeld`); `onRevised` hears of one added as a new version.
 */
export function useImport(
  onImported: (result: ImportResult) => void,
  onRevised: (result: RevisionResult) => void,
) {
  const api = useApi();
  const { reportError, notify } = useNotices();
  const [busy, setBusy] = useState(false);
  const [held, setHeld] = useState<readonly HeldDraft[]>([]);

  const finish = useCallback(
    (result: ImportResult, resender?: Resender) => {
      if (result.imported.length > 0) {
        const claims = result.imported.reduce((sum, document) => sum + document.claimCount, 0);
        notify(`Imported ${plural(result.imported.length, 'draft')}; ${plural(claims, 'claim')} found.`);
        onImported(result);
      }
      for (const failure of result.failed) reportError(failureSentence(failure));
      const waiting = (result.duplicates ?? []).flatMap((duplicate) =>
        resender ? [{ duplicate, resend: resender(duplicate) }] : [],
      );
      if (waiting.length > 0) setHeld((before) => [...before, ...waiting]);
    },
    [notify, onImported, reportError],
  );

  /** The checker's answer for the first held draft; the next one waits its turn. */
  const resolveHeld = useCallback(
    async (choice: 'version' | 'skip' | 'import') => {
      const first = held[0];
      if (first && choice === 'version') onRevised(await first.resend('version'));
      if (first && choice === 'import') finish(await first.resend('import'));
      if (first && choice === 'skip')
        notify(
          first.duplicate.reason === 'earlier-version'
            ? `Kept the project as it is: ${first.duplicate.file} was not imported.`
            : `Skipped ${first.duplicate.file}.`,
        );
      setHeld((before) => before.slice(1));
    },
    [finish, held, notify, onRevised],
  );

  /** Desktop: the system file picker, then `documents:importFiles`. */
  const importWithPicker = useCallback(async () => {
    try {
      const paths = await api.invoke('dialog:chooseDrafts', {});
      if (!paths || paths.length === 0) return;
      setBusy(true);
      const pathOf = (file: string) => paths.find((path) => path.split(/[\\/]/).pop() === file) ?? file;
      finish(await api.invoke('documents:importFiles', { paths }), (duplicate) => {
        const path = pathOf(duplicate.file);
        const { documentId } = duplicate;
        return ((as: 'version' | 'import') =>
          as === 'version'
            ? api.invoke('document:reviseFile', { documentId, path, ...allowedIf(duplicate) })
            : api.invoke('documents:importFiles', {
                paths: [path],
                duplicates: 'import',
              })) as HeldDraft['resend'];
      });
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
      // The files are sent one by one (each within the size limit); the group makes them one undo step.
      const group = crypto.randomUUID();
      const imported: ImportResult['imported'][number][] = [];
      const failed: ImportResult['failed'][number][] = [];
      const duplicates: DuplicateDraft[] = [];
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
                group,
              })
            : await api.invoke('documents:importBytes', {
                fileName: file.name,
                base64: await base64Of(file),
                group,
              });
          imported.push(...result.imported);
          failed.push(...result.failed);
          duplicates.push(...(result.duplicates ?? []));
        } catch (error) {
          const reply = errorReplyOf(error);
          failed.push({ file: file.name, error: reply.message, code: reply.code });
        }
      }
      setBusy(false);
      const byName = new Map(files.map((file) => [file.name, file]));
      finish({ imported, failed, duplicates }, (duplicate) => {
        const file = byName.get(duplicate.file)!;
        return (async (as: 'version' | 'import') => {
          const fileName = file.name;
          const { documentId } = duplicate;
          if (draftTransportOf(fileName) === 'text') {
            const text = await file.text();
            return as === 'version'
              ? api.invoke('document:revise', { documentId, fileName, text, ...allowedIf(duplicate) })
              : api.invoke('documents:importText', { fileName, text, duplicates: 'import' });
          }
          const base64 = await base64Of(file);
          return as === 'version'
            ? api.invoke('document:revise', { documentId, fileName, base64, ...allowedIf(duplicate) })
            : api.invoke('documents:importBytes', { fileName, base64, duplicates: 'import' });
        }) as HeldDraft['resend'];
      });
    },
    [api, finish],
  );

  return {
    busy,
    importWithPicker,
    importFiles,
    /** The held draft waiting for an answer, and how many wait after it. */
    held: held[0]?.duplicate ?? null,
    heldMore: Math.max(0, held.length - 1),
    resolveHeld,
  };
}
