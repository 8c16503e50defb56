import type { HistoryEntry } from '../../shared/domain/claim';
import { formatDateTime, formatRelative } from '../lib/format';
import { useNow } from '../hooks/use-now';

const STATUS_WORDS: Record<string, string> = {
  unchecked: 'unchecked',
  verified: 'verified',
  disputed: 'disputed',
  unsourced: 'unsourced',
};

function clip(text: string | undefined, length = 80): string {
  if (!text) return '';
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** Fails to compile when an action has no sentence; shows unknown ones from newer data as written. */
function exhaustive(action: never): string {
  return `did “${String(action)}”`;
}

/** One history entry as a sentence. */
function describe(entry: HistoryEntry): string {
  switch (entry.action) {
    case 'found':
      return 'found the claim';
    case 'added':
      return 'added the claim';
    case 'status':
      return entry.to === 'unchecked'
        ? 'returned it to unchecked'
        : `marked it ${STATUS_WORDS[entry.to ?? ''] ?? entry.to ?? 'changed'}`;
    case 'note':
      return entry.to ? `wrote “${clip(entry.to)}”` : 'cleared the note';
    case 'cite':
      return entry.to ? `cited “${clip(entry.to)}”` : 'added a citation';
    case 'uncite':
      return entry.from ? `removed “${clip(entry.from)}”` : 'removed a citation';
    case 'merged':
      return 'merged claims into this one';
    case 'split':
      return 'split the claim';
    case 'reextracted':
      return 'found it again in the re-read draft';
    case 'assign':
      return entry.to ? `assigned it to ${clip(entry.to, 60)}` : 'removed the assignee';
    case 'revised':
      return entry.to
        ? `loaded a new version: “${clip(entry.from, 60)}” became “${clip(entry.to, 60)}”`
        : `loaded a new version without “${clip(entry.from, 60)}”`;
    case 'restated':
      return `restated it as “${clip(entry.to)}”`;
    case 'approved':
      return `approved the verdict ${STATUS_WORDS[entry.to ?? ''] ?? clip(entry.to, 20)}`;
    case 'unapproved':
      return 'withdrew the approval';
    case 'ticked':
      return `ticked “${clip(entry.to)}”`;
    case 'unticked':
      return `unticked “${clip(entry.from)}”`;
    default:
      return exhaustive(entry.action);
  }
}

/** Who did what to the claim, and when; newest first. */
export function ClaimHistory({ history }: { readonly history: readonly HistoryEntry[] }) {
  const now = useNow();
  if (history.length === 0) return <p className="details-empty">No changes yet.</p>;
  const entries = history.slice().reverse();
  return (
    <ol className="history">
      {entries.map((entry, index) => (
        <li key={`${entry.at}-${index}`} className="history-entry">
          <span className="history-what">
            <strong>{entry.by || (entry.action === 'found' ? 'Factdesk' : 'Someone')}</strong>{' '}
            {describe(entry)}
          </span>
          <time className="history-when" dateTime={entry.at} title={formatDateTime(entry.at)}>
            {formatRelative(entry.at, now)}
          </time>
        </li>
      ))}
    </ol>
  );
}
