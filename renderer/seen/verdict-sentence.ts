import type { CheckedBeforeMatch } from '../../shared/ipc/checked-before';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** An ISO time as a day ("3 December 2026"); the input as is when it does not parse. */
export function verdictDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dayFormat.format(date);
}

/** The sentence "Copy verdict into note" appends: where, when, what and by whom. */
export function verdictSentence(match: CheckedBeforeMatch): string {
  const project = match.projectTitle || 'another project';
  const by = match.checker ? ` by ${match.checker}` : '';
  return `Checked before in ${project} on ${verdictDay(match.checkedAt)}: ${match.status}${by}.`;
}

/** A note with `sentence` appended on a line of its own. */
export function appendToNote(note: string, sentence: string): string {
  const kept = note.replace(/\s+$/, '');
  return kept ? `${kept}\n${sentence}` : sentence;
}
