import { useId } from 'react';
import type { ContestedValue } from '../../shared/domain/claim';
import { formatDateTime } from '../lib/format';
import { StatusBadge } from '../workbench/status-badge';

/**
 * The competing verdicts or notes of a shared claim, side by side, each with who gave it and when,
 * and how to settle them. Text is shown as text (React escapes it), never as markup.
 */
export function ContestedValues({ values }: { readonly values: readonly ContestedValue[] }) {
  const id = useId();
  if (values.length === 0) return null;
  const verdicts = values.filter((value) => 'status' in value);
  const notes = values.filter((value) => 'note' in value);
  return (
    <section className="contested" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="contested-head">
        <span aria-hidden="true">⇄ </span>Contested
      </h3>
      <p className="contested-hint">
        Checkers gave different {verdicts.length > 0 ? 'verdicts' : 'notes'} without seeing each other’s.{' '}
        {verdicts.length > 0 ? 'The next verdict' : 'The next note'} given here settles it, even one of these.
      </p>
      {verdicts.length > 0 && <ValueList label="Competing verdicts" values={verdicts} />}
      {notes.length > 0 && <ValueList label="Competing notes" values={notes} />}
    </section>
  );
}

function ValueList({
  label,
  values,
}: {
  readonly label: string;
  readonly values: readonly ContestedValue[];
}) {
  return (
    <ul className="contested-values" aria-label={label}>
      {values.map((value, index) => (
        <li key={`${value.by}-${value.at}-${index}`} className="contested-value">
          {'status' in value ? (
            <StatusBadge status={value.status} />
          ) : (
            <p className="contested-note">{value.note || '(an empty note)'}</p>
          )}
          <span className="contested-who">
            <strong>{value.by || 'Someone'}</strong>{' '}
            <time dateTime={value.at} title={value.at}>
              {formatDateTime(value.at)}
            </time>
          </span>
        </li>
      ))}
    </ul>
  );
}
