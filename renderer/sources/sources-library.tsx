import { useEffect, useState } from 'react';
import type { SourceEntry } from '../../shared/ipc/views';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/envelope';
import { Modal } from '../dialogs/modal';
import { plural } from '../lib/format';
import { FilterSearch } from '../lib/filter-search';
import { SourceItem } from './source-item';
import { ReferencesTransfer, type ReferencesTransferProps } from './references-transfer';
import '../styles/sources.css';
import { FormFailure } from '../dialogs/form-failure';

interface SourcesLibraryProps {
  /** The claim a source can be reused on, if one is selected. */
  readonly selected: ClaimListRow | undefined;
  readonly claimText: (claimId: string) => string | undefined;
  readonly onShowClaim: (claimId: string) => void;
  readonly onReuse: (source: SourceEntry) => void;
  readonly onClose: () => void;
  /** Adds a references file's entries to a claim (the workbench's claim actions). */
  readonly onImport: ReferencesTransferProps['onImport'];
}

/** Every source cited in the project (merged by URL), where each is used, and reuse on the selected claim. */
export function SourcesLibrary({
  selected,
  claimText,
  onShowClaim,
  onReuse,
  onClose,
  onImport,
}: SourcesLibraryProps) {
  const api = useApi();
  const [sources, setSources] = useState<readonly SourceEntry[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [loads, setLoads] = useState(0); // bumped after an import, to list the new sources

  useEffect(() => {
    let live = true;
    api.invoke('sources:list', {}).then(
      (list) => live && setSources(list),
      (error: unknown) => live && setFailure(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [api, loads]);

  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = (sources ?? []).filter((source) => {
    const text = `${source.title} ${source.url ?? ''} ${source.publisher ?? ''}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });

  return (
    <Modal
      title="Sources library"
      className="sources-dialog"
      description={
        selected
          ? `Reuse a source on the selected claim: ${selected.text}`
          : 'Select a claim first to reuse a source on it.'
      }
      onClose={onClose}
    >
      <div className="modal-body sources-body">
        <FilterSearch className="sources-filter">
          <input
            type="search"
            className="input filter-input"
            aria-label="Filter sources"
            placeholder="Filter sources"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            spellCheck={false}
            autoComplete="off"
          />
        </FilterSearch>
        <FormFailure message={failure} />
        {sources === null && !failure && <p role="status">Loading sources…</p>}
        {sources !== null && (
          <p className="sources-count" role="status">
            {plural(shown.length, 'source')}
          </p>
        )}
        {sources !== null && sources.length === 0 && (
          <p className="details-empty">No sources yet. Citations you add show here, once per source.</p>
        )}
        <ul className="sources-list" aria-label="Sources">
          {shown.map((source) => (
            <SourceItem
              key={source.key}
              source={source}
              selected={selected}
              claimText={claimText}
              onShowClaim={onShowClaim}
              onReuse={onReuse}
            />
          ))}
        </ul>
        <ReferencesTransfer
          selected={selected}
          onImport={onImport}
          onImported={() => setLoads((n) => n + 1)}
        />
      </div>
    </Modal>
  );
}
