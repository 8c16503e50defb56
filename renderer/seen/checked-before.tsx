import { useEffect, useId, useState } from 'react';
import type { CheckedBeforeMatch, CheckedBeforeResult } from '../../shared/ipc/checked-before';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/envelope';
import { plural } from '../lib/format';
import { ArchiveFoldersDialog } from './archive-folders-dialog';
import { CheckedBeforeItem } from './checked-before-item';
import '../styles/checked-before.css';

interface CheckedBeforeProps {
  readonly claimId: string;
  readonly mode: 'desktop' | 'web';
  readonly onOpenProject: (dir: string) => void;
  /** Adds copies of the match's citations to the claim; resolves when done (or refused, with an alert). */
  readonly onReuse: (match: CheckedBeforeMatch) => Promise<void>;
  readonly onCopy: (match: CheckedBeforeMatch) => void;
}

type Lookup =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'done'; readonly result: CheckedBeforeResult };

/**
 * "Checked before": the verdicts the desk's other projects (recent ones and archive folders) gave a
 * claim stating the same, looked up when the claim is shown, with what to do with each.
 */
export function CheckedBefore({ claimId, mode, onOpenProject, onReuse, onCopy }: CheckedBeforeProps) {
  const id = useId();
  const api = useApi();
  const [lookup, setLookup] = useState<Lookup>({ state: 'loading' });
  const [asked, setAsked] = useState(0);
  const [busy, setBusy] = useState(false);
  const [archives, setArchives] = useState(false);

  useEffect(() => {
    let live = true;
    // The answer comes from the index at once; when the desk was being checked for changes behind
    // it, the second ask waits for the check and replaces it (the same, or what changed).
    const ask = (again: boolean): void =>
      void api.invoke('claim:checkedBefore', { claimId }).then(
        (result) => {
          if (!live) return;
          setLookup({ state: 'done', result });
          if (result.rechecking && again) ask(false);
        },
        (error: unknown) => live && setLookup({ state: 'failed', message: errorMessage(error) }),
      );
    ask(true);
    return () => {
      live = false;
    };
  }, [api, claimId, asked]);

  async function reuse(match: CheckedBeforeMatch) {
    setBusy(true);
    await onReuse(match);
    setBusy(false);
  }

  // An answer about another claim (the pane moved on) counts as still looking.
  const current: Lookup =
    lookup.state === 'done' && lookup.result.claimId !== claimId ? { state: 'loading' } : lookup;
  const result = current.state === 'done' ? current.result : null;
  const skipped = result?.skipped.length ?? 0;
  return (
    <section
      className="details-section seen"
      aria-labelledby={`${id}-h`}
      aria-busy={current.state === 'loading'}
    >
      <div className="details-section-head">
        <h3 id={`${id}-h`}>Checked before</h3>
        {result && result.matches.length > 0 && (
          <span className="details-count">{plural(result.matches.length, 'match', 'matches')}</span>
        )}
        <button type="button" className="button" onClick={() => setArchives(true)}>
          Archive folders…
        </button>
      </div>
      {current.state === 'loading' && (
        <p className="details-empty" role="status">
          Looking in the desk’s projects…
        </p>
      )}
      {current.state === 'failed' && (
        <p className="details-empty" role="status">
          Could not look in the desk’s projects: {current.message}
        </p>
      )}
      {result && result.matches.length === 0 && (
        <p className="details-empty" role="status">
          Not checked before in the desk’s projects
          {result.projects > 0 ? ` (${plural(result.projects, 'project')} read)` : ''}.
        </p>
      )}
      {result && result.matches.length > 0 && (
        <ul className="seen-list">
          {result.matches.map((match) => (
            <CheckedBeforeItem
              key={`${match.project}:${match.claimId}`}
              match={match}
              busy={busy}
              onOpen={() => onOpenProject(match.project)}
              onReuse={() => void reuse(match)}
              onCopy={() => onCopy(match)}
            />
          ))}
        </ul>
      )}
      {skipped > 0 && (
        <details className="seen-skipped">
          <summary>{plural(skipped, 'project')} not read</summary>
          <ul>
            {result!.skipped.map((skip) => (
              <li key={skip.folder}>
                <span className="seen-folder">{skip.folder}</span>: {skip.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {archives && (
        <ArchiveFoldersDialog
          mode={mode}
          onClose={() => {
            setArchives(false);
            setLookup({ state: 'loading' });
            setAsked((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}
