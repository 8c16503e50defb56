import { useId, useState } from 'react';
import type { CitationFormat, ImportedCitations } from '../../shared/ipc/citation-transfer';
import { MAX_REFERENCES_TEXT } from '../../shared/ipc/citation-limits';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { useApi } from '../api/api-context';
import { plural } from '../lib/format';
import { downloadBlob } from '../export/download';
import { FormFailure } from '../dialogs/form-failure';
import { useFormAction } from '../dialogs/use-form-action';

const FORMATS: readonly { readonly format: CitationFormat; readonly label: string }[] = [
  { format: 'bibtex', label: 'BibTeX (.bib)' },
  { format: 'ris', label: 'RIS (.ris)' },
  { format: 'csl', label: 'CSL-JSON (.json)' },
];

export interface ReferencesTransferProps {
  /** The claim imported references are cited on; without one, import is off. */
  readonly selected: ClaimListRow | undefined;
  readonly onImport: (claimId: string, fileName: string, text: string) => Promise<ImportedCitations>;
  /** After an import, so the library can list the new sources. */
  readonly onImported: () => void;
}

/** Export the project's sources as a references file, and import one into the selected claim. */
export function ReferencesTransfer({ selected, onImport, onImported }: ReferencesTransferProps) {
  const api = useApi();
  const id = useId();
  const [format, setFormat] = useState<CitationFormat>('bibtex');
  const [withConfidential, setWithConfidential] = useState(false);
  const [status, setStatus] = useState('');
  const action = useFormAction();
  const { busy, failure } = action;

  const run = (work: () => Promise<string>) => {
    setStatus('');
    return action.run(async () => setStatus(await work()));
  };

  const exportReferences = () =>
    run(async () => {
      const file = await api.invoke('citations:export', { format, includeConfidential: withConfidential });
      downloadBlob(file.fileName, new Blob([file.text], { type: file.mimeType }));
      const left = file.withheld > 0 ? ` (${plural(file.withheld, 'confidential source')} left out)` : '';
      return `Exported ${plural(file.count, 'reference')} as ${file.fileName}${left}.`;
    });

  const importReferences = (file: File) =>
    run(async () => {
      if (!selected) throw new Error('Select a claim first.');
      if (file.size > MAX_REFERENCES_TEXT)
        throw new Error(`${file.name} is larger than 10 MB, too large to import.`);
      const result = await onImport(selected.id, file.name, await file.text());
      onImported();
      const skipped =
        result.skipped > 0
          ? ` (${plural(result.skipped, 'entry', 'entries')} without a title or web address skipped)`
          : '';
      return `Added ${plural(result.added, 'citation')} from ${file.name} to the selected claim${skipped}.`;
    });

  return (
    <div className="references-transfer">
      <div className="references-row">
        <label htmlFor={`${id}-format`}>References format</label>
        <select
          id={`${id}-format`}
          className="input"
          value={format}
          onChange={(event) => setFormat(event.target.value as CitationFormat)}
        >
          {FORMATS.map((entry) => (
            <option key={entry.format} value={entry.format}>
              {entry.label}
            </option>
          ))}
        </select>
        <label className="references-check">
          <input
            type="checkbox"
            checked={withConfidential}
            onChange={(event) => setWithConfidential(event.target.checked)}
          />
          Include confidential sources
        </label>
        <button type="button" className="button" disabled={busy} onClick={() => void exportReferences()}>
          Export references
        </button>
      </div>
      <div className="references-row">
        <label htmlFor={`${id}-import`}>Import references into the selected claim</label>
        <input
          id={`${id}-import`}
          type="file"
          className="input"
          accept=".bib,.bibtex,.ris,.json"
          disabled={busy || !selected}
          aria-describedby={`${id}-status`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importReferences(file);
          }}
        />
      </div>
      <p id={`${id}-status`} className="field-hint" role="status">
        {busy ? 'Working…' : status || (selected ? '' : 'Select a claim to import references into it.')}
      </p>
      <FormFailure message={failure} />
    </div>
  );
}
