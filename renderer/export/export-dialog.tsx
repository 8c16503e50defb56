import { useId, useState } from 'react';
import { useRememberedChoices } from './remembered-choices';
import type { FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/envelope';
import { Modal } from '../dialogs/modal';
import { ModalActions } from '../dialogs/modal-actions';
import { TextField } from '../dialogs/text-field';
import { downloadFile } from './download';
import { MethodologyField, useMethodology } from './methodology-field';
import {
  baseUrlError,
  draftChoiceError,
  EXPORT_FORMATS,
  exportedMessage,
  EXPORT_STATUSES,
  offersDraft,
  toReportOptions,
  type ExportChoices,
} from './export-choices';
import './export-dialog.css';
import { FormFailure } from '../dialogs/form-failure';
import { submitOnModEnter } from '../dialogs/submit-keys';

/** Props of the export dialog. */
export interface ExportDialogProps {
  /** `desktop` saves through the native save dialog (`dialog:saveReport`); `web` downloads (`report:export`). */
  readonly mode: 'desktop' | 'web';
  /** The open project: the dialog remembers its choices for it. */
  readonly projectId: string;
  /** The project's documents, for the document filter. */
  readonly documents: readonly { readonly id: string; readonly title: string }[];
  /** Closes the dialog (after an export, or when cancelled). */
  readonly onClose: () => void;
  /** Told in one sentence what was exported, for a notice. */
  readonly onExported?: (message: string) => void;
}

/** The Export report dialog: format, what to include, which verdicts and documents; then a file. */
export function ExportDialog({ mode, projectId, documents, onClose, onExported }: ExportDialogProps) {
  const api = useApi();
  const id = useId();
  const { choices, setChoices, remember } = useRememberedChoices(
    projectId,
    documents.map((doc) => doc.id),
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const methodology = useMethodology();
  const set = <K extends keyof ExportChoices>(key: K, value: ExportChoices[K]) => {
    const next = { ...choices, [key]: value };
    setChoices(next);
    remember(next);
  };
  const statusError = choices.statuses.length === 0 ? 'Choose at least one verdict.' : undefined;
  const urlError = choices.format === 'claimreview' ? baseUrlError(choices.baseUrl) : undefined;
  const draftError = draftChoiceError(choices, documents.length);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (statusError || urlError || draftError) return;
    setBusy(true);
    setFailure(null);
    const args = { format: choices.format, options: toReportOptions(choices) };
    try {
      await methodology.save(); // the report prints the methodology as typed here
      if (mode === 'desktop') {
        const saved = await api.invoke('dialog:saveReport', args);
        if (saved === null) {
          setBusy(false);
          return;
        }
        onExported?.(exportedMessage(choices.format, { savedTo: saved.path }, saved.notice));
      } else {
        const report = await api.invoke('report:export', args);
        downloadFile(report.fileName, report.mimeType, report.base64);
        onExported?.(exportedMessage(choices.format, { downloadedAs: report.fileName }, report.notice));
      }
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
      setBusy(false);
    }
  }

  const toggleStatus = (status: ExportChoices['statuses'][number], on: boolean) =>
    set(
      'statuses',
      on ? [...choices.statuses, status] : choices.statuses.filter((entry) => entry !== status),
    );

  return (
    <Modal title="Export report" className="export-dialog" onClose={onClose}>
      <form
        className="modal-body"
        onSubmit={(event) => void submit(event)}
        onKeyDown={submitOnModEnter}
        noValidate
        aria-busy={busy}
      >
        <fieldset className="export-group export-formats">
          <legend>Format</legend>
          {EXPORT_FORMATS.map(({ format, label, hint }, index) => (
            <label key={format} className="export-option">
              <input
                type="radio"
                name={`${id}-format`}
                value={format}
                checked={choices.format === format}
                onChange={() => set('format', format)}
                data-autofocus={index === 0 ? '' : undefined}
              />
              <span className="export-option-label">{label}</span>
              <span className="export-option-hint">{hint}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="export-group">
          <legend>Include</legend>
          <label className="export-check">
            <input
              type="checkbox"
              checked={choices.includeNotes}
              onChange={(event) => set('includeNotes', event.target.checked)}
            />
            Checkers’ notes
          </label>
          <label className="export-check">
            <input
              type="checkbox"
              checked={offersDraft(choices.format) && choices.includeDraft}
              disabled={!offersDraft(choices.format)}
              onChange={(event) => set('includeDraft', event.target.checked)}
            />
            Drafts with claims highlighted
          </label>
        </fieldset>
        <fieldset
          className="export-group export-statuses"
          aria-describedby={tried && statusError ? `${id}-status-error` : undefined}
        >
          <legend>Verdicts</legend>
          {EXPORT_STATUSES.map(({ status, label }) => (
            <label key={status} className="export-check">
              <input
                type="checkbox"
                checked={choices.statuses.includes(status)}
                onChange={(event) => toggleStatus(status, event.target.checked)}
              />
              {label}
            </label>
          ))}
          {tried && statusError && (
            <p id={`${id}-status-error`} className="field-error">
              {statusError}
            </p>
          )}
        </fieldset>
        {documents.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-document`}>Document</label>
            <select
              id={`${id}-document`}
              className="input"
              value={choices.documentId}
              onChange={(event) => set('documentId', event.target.value)}
              aria-invalid={tried && draftError ? true : undefined}
              aria-describedby={tried && draftError ? `${id}-document-error` : undefined}
            >
              <option value="">
                {choices.format === 'docx-comments' ? 'Choose a draft…' : 'All documents'}
              </option>
              {documents.map((doc) => (
                <option key={doc.id} value={doc.id}>
                  {doc.title || doc.id}
                </option>
              ))}
            </select>
            {tried && draftError && (
              <p id={`${id}-document-error`} className="field-error">
                {draftError}
              </p>
            )}
          </div>
        )}
        <TextField
          label="Organization"
          value={choices.organization}
          onChange={(value) => set('organization', value)}
          hint="Named in the report, and as the author of ClaimReview items."
        />
        {choices.format === 'claimreview' && (
          <TextField
            label="Published at"
            type="url"
            value={choices.baseUrl}
            onChange={(value) => set('baseUrl', value)}
            error={tried ? urlError : undefined}
            hint="The address of the published report; each review links to #claim-ID on it."
          />
        )}
        <MethodologyField methodology={methodology} />
        <p className="export-status" role="status">
          {busy
            ? `Preparing the ${choices.format === 'docx-comments' ? 'draft with comments' : 'report'}…`
            : ''}
        </p>
        <FormFailure message={failure} />
        <ModalActions
          onCancel={onClose}
          action={mode === 'desktop' ? 'Save…' : 'Download'}
          busy={busy}
          busyAction="Preparing…"
        />
      </form>
    </Modal>
  );
}
