import { useState, type KeyboardEvent } from 'react';
import type { PublicationDateSource } from '../../shared/domain/enums';

interface PublicationDateFieldProps {
  readonly documentId: string;
  /** `YYYY-MM-DD`, absent when the draft has none. */
  readonly date: string | undefined;
  readonly source: PublicationDateSource | undefined;
  /** Sets the date (null: none) and reads the draft's dates again against it. */
  readonly onDate: (documentId: string, date: string | null) => void;
}

const SOURCE_WORDS: Record<PublicationDateSource, string> = {
  given: 'given by a checker',
  metadata: "read from the file's metadata",
  dateline: "read from the draft's dateline",
};

/**
 * The draft's publication date, which "last year" and "on Thursday" are read against. The checker can
 * correct it; it is set when the field is left or Enter is pressed (a date input reports every
 * complete date while a year is typed digit by digit, so each change is not a new date). Escape puts
 * the shown date back.
 */
export function PublicationDateField({ documentId, date, source, onDate }: PublicationDateFieldProps) {
  // The parent keys this field on the draft and its date, so a new date (or draft) starts it afresh.
  const [typed, setTyped] = useState(date ?? '');

  const commit = () => {
    const next = typed === '' ? null : typed;
    if (next === (date ?? null)) return;
    if (next !== null && !/^\d{4}-\d{2}-\d{2}$/.test(next)) return setTyped(date ?? '');
    onDate(documentId, next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && typed !== (date ?? '')) {
      // The first Escape undoes the typing; the next one leaves the field (the workbench's keys).
      event.stopPropagation();
      setTyped(date ?? '');
    }
  };

  return (
    <label
      className="draft-date"
      title={
        date
          ? `Relative dates in this draft are read against ${date} (${source ? SOURCE_WORDS[source] : 'set before'}).`
          : 'This draft has no publication date, so dates like "last year" are not resolved. Set one here.'
      }
    >
      Published
      <input
        type="date"
        aria-label="Publication date"
        aria-description="Dates like last year or on Thursday are read against it. Press Enter to set it."
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </label>
  );
}
