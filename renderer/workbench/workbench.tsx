import { useCallback, useMemo, useRef, useState } from 'react';
import type { ClaimStatus } from '../../shared/domain/enums';
import type { AppInfo, ClaimRow, ProjectView } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import { useClaimsStore } from '../hooks/use-claims-store';
import { useClaimActions } from '../hooks/use-claim-actions';
import { useClaimsTable } from '../hooks/use-claims-table';
import type { StatusFacet } from '../hooks/use-claims-table';
import { useDocument } from '../hooks/use-document';
import { useFileDrop } from '../hooks/use-file-drop';
import { TEXT_DRAFT_ACCEPT, useImport } from '../hooks/use-import';
import { useImportProgress } from '../hooks/use-import-progress';
import { useSelection } from '../hooks/use-selection';
import { useShortcuts } from '../hooks/use-shortcuts';
import { STATUS_META, emptyCounts } from '../lib/status';
import { formatCount } from '../lib/format';
import { WorkbenchHeader } from './workbench-header';
import { DocumentsList } from './documents-list';
import { WorkbenchDialogs } from './workbench-dialogs';
import type { OpenDialog } from './workbench-dialogs';
import { EmptyProject } from './empty-project';
import { DraftView } from '../draft/draft-view';
import { FilterBar } from '../table/filter-bar';
import { ClaimsTable } from '../table/claims-table';
import { ClaimDetails } from '../details/claim-details';
import '../styles/workbench.css';

interface WorkbenchProps {
  readonly info: AppInfo;
  readonly project: ProjectView;
  readonly onInfo: (info: AppInfo) => void;
  readonly onProject: (project: ProjectView | null) => void;
}

const NO_CLAIMS: readonly ClaimRow[] = [];

/** The open project: documents, the draft, the claims table and the selected claim's details. */
export function Workbench({ info, project, onInfo, onProject }: WorkbenchProps) {
  const api = useApi();
  const { reportError } = useNotices();
  const store = useClaimsStore();
  const actions = useClaimActions(store);
  const [scope, setScope] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [facet, setFacet] = useState<StatusFacet>('all');
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [announcement, setAnnouncement] = useState('');
  const filterRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const table = useClaimsTable({ rows: store.rows ?? NO_CLAIMS, query, status: facet, documentId: scope });
  const visible = table.getRowModel().rows;
  const { selectedId, select, move } = useSelection(visible);
  const selected = store.byId(selectedId);
  const draftId = scope ?? selected?.documentId ?? project.documents[0]?.id ?? null;
  const { document, loading } = useDocument(draftId);
  const scopeCounts = scope === null ? store.totals : (store.countsByDocument.get(scope) ?? emptyCounts());
  const totalInScope = Object.values(scopeCounts).reduce((sum, n) => sum + n, 0);

  const onImported = useCallback(async () => {
    try {
      const [view] = await Promise.all([api.invoke('project:current', {}), store.reload()]);
      onProject(view);
    } catch (error) {
      reportError(error);
    }
  }, [api, onProject, reportError, store]);
  const { busy: importing, importWithPicker, importFiles } = useImport(() => void onImported());
  const dragging = useFileDrop((files) => void importFiles(files));
  const progress = useImportProgress(importing);

  const startImport = useCallback(() => {
    if (info.mode === 'desktop') void importWithPicker();
    else fileRef.current?.click();
  }, [info.mode, importWithPicker]);

  const mark = useCallback(
    (status: Exclude<ClaimStatus, 'unchecked'>) => {
      if (!selected) return;
      const next = selected.status === status ? 'unchecked' : status;
      setAnnouncement(`Marked ${STATUS_META[next].label.toLowerCase()}.`);
      void actions.setStatus(selected.id, next);
    },
    [actions, selected],
  );
  const step = useCallback(
    (delta: 1 | -1) => {
      const claim = move(delta);
      if (claim) setAnnouncement(`${claim.text}. ${STATUS_META[claim.status].label}.`);
    },
    [move],
  );

  const shortcuts = useMemo(
    () => ({
      ArrowDown: () => step(1),
      j: () => step(1),
      ArrowUp: () => step(-1),
      k: () => step(-1),
      v: () => mark('verified'),
      d: () => mark('disputed'),
      u: () => mark('unsourced'),
      c: () => selected && setDialog('citation'),
      n: () => globalThis.document.querySelector<HTMLTextAreaElement>('.note-input')?.focus(),
      '/': () => filterRef.current?.focus(),
      '?': () => setDialog('shortcuts'),
    }),
    [step, mark, selected],
  );
  useShortcuts(shortcuts);

  async function closeProject() {
    try {
      await api.invoke('project:close', {});
      onProject(null);
    } catch (error) {
      reportError(error);
    }
  }

  const empty = project.documents.length === 0 && (store.rows?.length ?? 0) === 0;
  const filtered = query.trim() !== '' || facet !== 'all';
  return (
    <div className="workbench">
      <WorkbenchHeader
        title={project.title}
        dir={project.dir}
        info={info}
        counts={store.rows ? store.totals : project.counts}
        importing={importing}
        progress={progress}
        onImport={startImport}
        onChecker={() => setDialog('checker')}
        onShortcuts={() => setDialog('shortcuts')}
        onClose={() => void closeProject()}
      />
      <div className="wb-body">
        <DocumentsList
          documents={project.documents}
          countsByDocument={store.countsByDocument}
          totals={store.totals}
          scope={scope}
          onScope={setScope}
        />
        <main className="wb-main">
          {empty ? (
            <EmptyProject importing={importing} onImport={startImport} />
          ) : (
            <>
              <section className="draft-pane" aria-label="Draft">
                <DraftView
                  document={document}
                  loading={loading}
                  claims={(draftId && store.byDocument.get(draftId)) || NO_CLAIMS}
                  selectedId={selectedId}
                  onSelect={select}
                />
              </section>
              <section className="table-pane" aria-label="Claims list">
                <FilterBar
                  query={query}
                  onQuery={setQuery}
                  status={facet}
                  onStatus={setFacet}
                  counts={scopeCounts}
                  shown={visible.length}
                  total={totalInScope}
                  inputRef={filterRef}
                  onLeave={() => globalThis.document.querySelector<HTMLElement>('.claims-table')?.focus()}
                />
                <ClaimsTable
                  table={table}
                  selectedId={selectedId}
                  onSelect={select}
                  loading={store.rows === null}
                  emptyText={filtered ? 'No claims match the filter.' : 'No claims in this document.'}
                />
              </section>
            </>
          )}
        </main>
        <aside className="details-pane" aria-label="Selected claim">
          {selected ? (
            <ClaimDetails claim={selected} actions={actions} onAddCitation={() => setDialog('citation')} />
          ) : (
            <div className="details-none">
              <p className="details-none-title">No claim selected</p>
              <p>
                Click a claim in the table or the draft, or press <kbd>j</kbd> to start with the first of{' '}
                {formatCount(visible.length)}.
              </p>
              <p>
                Press <kbd>?</kbd> for all shortcuts.
              </p>
            </div>
          )}
        </aside>
      </div>
      <input
        ref={fileRef}
        type="file"
        multiple
        accept={TEXT_DRAFT_ACCEPT}
        hidden
        onChange={(event) => {
          void importFiles([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
      <WorkbenchDialogs
        open={dialog}
        claim={selected}
        info={info}
        actions={actions}
        onInfo={onInfo}
        onClose={() => setDialog(null)}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop .txt or .md drafts to import them</p>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
