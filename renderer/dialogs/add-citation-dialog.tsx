import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { ClaimListRow } from '../../shared/ipc/claim-list-row';
import { STANCES, STANCE_META } from '../lib/status';
import { Modal } from './modal';
import { ModalActions } from './modal-actions';
import { TextField } from './text-field';
import { CitationFileField } from './citation-file-field';
import './citation-fields.css';
import { EMPTY_CITATION, toCitationInput, validateCitation } from './citation-draft';
import type { CitationDraft, CitationErrors } from './citation-draft';
import type { ClaimActions } from '../hooks/use-claim-actions';
import { FormFailure } from './form-failure';
import { useFormAction } from './use-form-action';
import { submitOnModEnter } from './submit-keys';

interface AddCitationDialogProps {
  readonly claim: ClaimListRow;
  readonly onAdd: ClaimActions['addCitation'];
  readonly onClose: (added: boolean) => void;
  /** Prefilled fields (editing a citation, reusing a source). */
  readonly initial?: CitationDraft;
  /** "Add citation" unless given ("Edit citation"). */
  readonly heading?: string;
  /** The app's mode: attaching a local file is only possible on the desktop. */
  readonly mode: 'desktop' | 'web';
}

/** The Add citation dialog: the source, the exact passage, and how it bears on the claim. */
export function AddCitationDialog({ claim, onAdd, onClose, initial, heading, mode }: AddCitationDialogProps) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  // A new source for a disputed claim is most often the one that refutes it.
  const [draft, setDraft] = useState<CitationDraft>(
    () => initial ?? { ...EMPTY_CITATION, stance: claim.status === 'disputed' ? 'refutes' : 'supports' },
  );
  const [errors, setErrors] = useState<CitationErrors>({});
  const { busy, failure, run } = useFormAction();
  const set =
    (field: 'url' | 'title' | 'publisher' | 'date' | 'quote' | 'locator' | 'archivedUrl') =>
    (value: string) =>
      setDraft((d) => ({ ...d, [field]: value }));
  // The file an edited citation already has: it stays unless another is chosen. (A reused
  // source's file is not kept that way: it is attached anew, so it can be removed.)
  const keptFileName = initial?.attachmentSha256 ? '' : (initial?.fileName ?? '');

  // Once the fields at fault are marked (after the render that marks them), the first takes focus.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateCitation(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return; // the effect below focuses the first field at fault
    await run(async () => {
      await onAdd(claim.id, toCitationInput(draft));
      onClose(true);
    });
  }

  return (
    <Modal
      title={heading ?? 'Add citation'}
      className="citation-dialog"
      description={`For: ${claim.text}`}
      onClose={() => onClose(false)}
    >
      <form
        ref={formRef}
        className="modal-body"
        onSubmit={(event) => void submit(event)}
        onKeyDown={submitOnModEnter}
        noValidate
      >
        <TextField
          label="URL"
          value={draft.url}
          onChange={set('url')}
          error={errors.url}
          type="url"
          autoFocus
        />
        <TextField label="Title" value={draft.title} onChange={set('title')} error={errors.title} />
        <div className="field-pair">
          <TextField
            label="Publisher"
            value={draft.publisher}
            onChange={set('publisher')}
            error={errors.publisher}
          />
          <TextField
            label="Date"
            value={draft.date}
            onChange={set('date')}
            error={errors.date}
            hint="As the source gives it, e.g. 2022-02-03"
          />
        </div>
        <TextField
          label="Quote"
          value={draft.quote}
          onChange={set('quote')}
          error={errors.quote}
          multiline
          hint="The exact passage that bears on the claim."
        />
        <fieldset className="stance-field">
          <legend>Stance</legend>
          <div className="stance-options">
            {STANCES.map((stance) => (
              <label key={stance} className={`stance-option stance-option-${stance}`}>
                <input
                  type="radio"
                  name={`${id}-stance`}
                  value={stance}
                  checked={draft.stance === stance}
                  onChange={() => setDraft((d) => ({ ...d, stance }))}
                />
                <span aria-hidden="true">{STANCE_META[stance].icon}</span>
                {STANCE_META[stance].label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field-pair">
          <TextField
            label="Locator"
            value={draft.locator}
            onChange={set('locator')}
            error={errors.locator}
            hint="Page, paragraph or timestamp."
          />
          <TextField
            label="Archived copy"
            type="url"
            value={draft.archivedUrl}
            onChange={set('archivedUrl')}
            error={errors.archivedUrl}
            hint="A snapshot’s address, e.g. on web.archive.org."
          />
        </div>
        <CitationFileField
          mode={mode}
          fileName={draft.fileName}
          chosen={draft.fileToken !== null || draft.attachmentSha256 !== null}
          onChange={(file) =>
            setDraft((d) => ({
              ...d,
              fileToken: file?.token ?? null,
              attachmentSha256: null,
              fileName: file?.name ?? keptFileName,
            }))
          }
        />
        <label className="confidential-field">
          <input
            type="checkbox"
            checked={draft.confidential}
            onChange={(event) => setDraft((d) => ({ ...d, confidential: event.target.checked }))}
          />
          Confidential source
          <span className="field-hint"> — reports and exports show only its stance.</span>
        </label>
        <FormFailure message={failure} />
        <ModalActions onCancel={() => onClose(false)} action="Save" busy={busy} busyAction="Saving…" />
      </form>
    </Modal>
  );
}
