import { useId, useState, type KeyboardEvent } from 'react';
import type { PublicationDateSource } from '../../shared/domain/enums';
import { readTypedDate } from './publication-date';

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
 * correct it, typed as year-month-day in a plain field (a date input's parts keep Tab inside it). It
 * is set when the field is left (Tab, a click elsewhere) or Enter is pressed; a date that is no date
 * is said in a sentence beside it, kept as typed and not set. Escape puts the date before back.
 */
export function PublicationDateField({ documentId, date, source, onDate }: PublicationDateFieldProps) {
  const id = useId();
  const [typed, setTyped] = useState(date ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  // A new date (set here, undone, synced) shows at once; the field stays the same, and keeps focus.
  const [shown, setShown] = useState(date);
  if (shown !== date) {
    setShown(date);
    setTyped(date ?? '');
    setProblem(null);
  }

  const commit = () => {
    const read = readTypedDate(typed, date);
    if (!read.ok) return setProblem(read.problem);
    setProblem(null);
    if (read.date !== (date ?? null)) onDate(documentId, read.date);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && (typed !== (date ?? '') || problem)) {
      // The first Escape puts the date before back; the next one leaves the field (the workbench's keys).
      event.stopPropagation();
      setTyped(date ?? '');
      setProblem(null);
    }
  };

  return (
    <>
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
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          size={10}
          placeholder="YYYY-MM-DD"
          aria-label="Publication date"
          aria-description="Year-month-day. Dates like last year or on Thursday are read against it. Enter or Tab sets it; Escape puts the date before back."
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
      </label>
      {problem && (
        <p id={`${id}-problem`} className="field-error draft-date-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
