import { useState } from 'react';
import type { AppInfo, DocumentView, RevisionResult } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import { draftTransportOf } from '../../shared/domain/draft-files';
import { NOT_A_DRAFT, TEXT_DRAFT_ACCEPT, base64Of } from '../hooks/use-import';
import { VersionDiffDialog } from './version-diff-dialog';
import { EarlierVersionDialog } from './earlier-version-dialog';
import { FactdeskError } from '../api/envelope';
import type { EarlierVersionDetail } from '../../shared/errors';
import { focusClaimsTable } from '../table/claims-table-focus';
import { CompareVersionsIcon, NewVersionIcon } from '../draft/draft-tool-icons';

interface VersionToolsProps {
  readonly document: DocumentView;
  readonly mode: AppInfo['mode'];
  /** A new version was loaded: claims and the draft must be read again. */
  readonly onRevised: (result: RevisionResult) => void;
}

/** What a new version did, in one sentence for the notice and the screen reader. */
export function revisionMessage(result: RevisionResult): string {
  const { exact, moved, changed, orphaned, added } = result.counts;
  return `Loaded ${result.fileName} as version ${result.version}: of the claims, ${exact + moved} kept (${moved} moved), ${changed} changed, ${orphaned} orphaned, ${added} new.`;
}

/** "Load new version…" (the system picker on desktop, a file chooser on the web) and "Compare versions…". */
export function VersionTools({ document, mode, onRevised }: VersionToolsProps) {
  const api = useApi();
  const { reportError, notify } = useNotices();
  const [busy, setBusy] = useState(false);
  const [comparing, setComparing] = useState(false);
  /** A draft refused as an earlier version's text, and how to send it again, allowed. */
  const [earlier, setEarlier] = useState<{ detail: EarlierVersionDetail; again: () => void } | null>(null);
  const versions = (document.versions?.length ?? 0) + 1;

  /** Sends the draft; an earlier version's text is refused first, and loaded only if the checker says so. */
  async function run(
    revise: (allowEarlierVersion: boolean) => Promise<RevisionResult | null>,
    allow = false,
  ) {
    setBusy(true);
    try {
      const result = await revise(allow);
      if (!result) return;
      notify(revisionMessage(result));
      onRevised(result);
      // The draft's header (this button with it) is drawn anew for the new version: the checker goes
      // on in the table, where the claims to re-check are flagged.
      focusClaimsTable();
    } catch (error) {
      if (!allow && error instanceof FactdeskError && error.earlier) {
        const detail = error.earlier;
        setEarlier({ detail, again: () => void run(revise, true) });
      } else reportError(error);
    } finally {
      setBusy(false);
    }
  }

  function fromFile(file: File) {
    void run(async (allow) => {
      const transport = draftTransportOf(file.name);
      const allowed = allow ? { allowEarlierVersion: true } : {};
      if (transport === 'text') {
        return api.invoke('document:revise', {
          documentId: document.id,
          fileName: file.name,
          text: await file.text(),
          ...allowed,
        });
      }
      if (transport === 'bytes') {
        return api.invoke('document:revise', {
          documentId: document.id,
          fileName: file.name,
          base64: await base64Of(file),
          ...allowed,
        });
      }
      throw new Error(`${file.name}: ${NOT_A_DRAFT}`);
    });
  }

  function load() {
    if (mode === 'web') {
      // A file input made on demand, never in the page: the import's own file input stays the only one.
      const input = globalThis.document.createElement('input');
      input.type = 'file';
      input.accept = TEXT_DRAFT_ACCEPT;
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (file) fromFile(file);
      });
      input.click();
      return;
    }
    let path: string | undefined;
    void run(async (allow) => {
      // Asked once: sent again with the earlier version allowed, it is the same file.
      path ??= (await api.invoke('dialog:chooseDrafts', {}))?.[0];
      if (!path) return null;
      return api.invoke('document:reviseFile', {
        documentId: document.id,
        path,
        ...(allow ? { allowEarlierVersion: true } : {}),
      });
    });
  }

  return (
    <>
      <button
        type="button"
        className="button-quiet tool-button draft-tool"
        title="Load an edited draft of this document; its claims follow their text"
        // Not disabled while busy: a disabled button lets go of focus, and the checker's place with it.
        aria-disabled={busy}
        onClick={() => !busy && load()}
      >
        <NewVersionIcon />
        <span className="draft-tool-label">{busy ? 'Loading version…' : 'Load new version…'}</span>
      </button>
      {versions > 1 && (
        <button
          type="button"
          className="button-quiet tool-button draft-tool"
          title={`Compare any two of this draft's ${versions} versions`}
          onClick={() => setComparing(true)}
        >
          <CompareVersionsIcon />
          <span className="draft-tool-label">Compare versions…</span>
        </button>
      )}
      {earlier && (
        <EarlierVersionDialog
          earlier={earlier.detail}
          by="load"
          onKeep={() => {
            setEarlier(null);
            notify(`Kept the project as it is: ${earlier.detail.file} was not loaded.`);
          }}
          onAdd={() => {
            setEarlier(null);
            earlier.again();
          }}
        />
      )}
      {comparing && (
        <VersionDiffDialog
          documentId={document.id}
          title={document.title || document.fileName}
          onClose={() => setComparing(false)}
        />
      )}
    </>
  );
}
