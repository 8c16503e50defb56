import { useEffect, useId, useState } from 'react';
import type { DocumentVersionInfo, VersionDiff } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/envelope';
import { Modal } from '../dialogs/modal';
import { formatDateTime, plural } from '../lib/format';
import { changedRanges } from './changed-ranges';
import { shortenKept } from './shorten-kept';
import '../styles/revisions.css';

interface VersionDiffDialogProps {
  readonly documentId: string;
  readonly title: string;
  readonly onClose: () => void;
}

/** "2 passages added or rewritten, 1 removed", as the draft's "Changed since" line words it. */
function passagesLine({ added, removed }: ReturnType<typeof changedRanges>): string {
  const parts = [
    ...(added.length > 0 ? [`${plural(added.length, 'passage')} added or rewritten`] : []),
    ...(removed > 0 ? [`${plural(removed, 'passage')} removed`] : []),
  ];
  return parts.join(', ');
}

/**
 * Compares two versions of a document: removed text struck through and added text underlined, each
 * also marked in words for screen readers and with − and + signs, never by colour alone.
 */
export function VersionDiffDialog({ documentId, title, onClose }: VersionDiffDialogProps) {
  const api = useApi();
  const id = useId();
  const [versions, setVersions] = useState<readonly DocumentVersionInfo[] | null>(null);
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(0);
  const [loaded, setDiff] = useState<VersionDiff | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.invoke('document:versions', { documentId }).then(
      (list) => {
        if (!live) return;
        setVersions(list);
        const last = list.at(-1)?.number ?? 1;
        setTo(last);
        setFrom(Math.max(1, last - 1));
      },
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [api, documentId]);

  useEffect(() => {
    if (from === 0 || to === 0) return;
    let live = true;
    api.invoke('document:diff', { documentId, from, to }).then(
      (result) => live && setDiff(result),
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [api, documentId, from, to]);

  // A diff of other versions than those chosen is still loading.
  const diff = loaded && loaded.from === from && loaded.to === to ? loaded : null;
  // Counted as the draft's "Changed since" line counts them: words replaced together are one passage.
  const passages = diff ? changedRanges(diff) : null;
  const changes = passages ? passages.added.length + passages.removed : 0;
  const choice = (label: string, value: number, onChange: (n: number) => void, suffix: string) => (
    <span className="tool-field">
      <label htmlFor={`${id}-${suffix}`}>{label}</label>
      <select
        id={`${id}-${suffix}`}
        className="input tool-select"
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {(versions ?? []).map((version) => (
          <option key={version.number} value={version.number}>
            {`Version ${version.number}${version.current ? ' (current)' : ''} — ${version.fileName}, ${formatDateTime(version.loadedAt)}`}
          </option>
        ))}
      </select>
    </span>
  );

  return (
    <Modal title={`Compare versions of “${title}”`} onClose={onClose} className="diff-dialog">
      <div className="modal-body">
        <div className="diff-choices">
          {choice('From', from, setFrom, 'from')}
          {choice('To', to, setTo, 'to')}
        </div>
        {error && (
          <p className="diff-error" role="alert">
            {error}
          </p>
        )}
        <p className="diff-summary" role="status">
          {diff
            ? changes === 0
              ? 'These versions have the same text.'
              : `${passagesLine(passages!)}: removed text is struck through (−), added text underlined (+).`
            : versions
              ? 'Comparing…'
              : 'Loading versions…'}
        </p>
        {diff && (
          <div className="diff-text" role="region" aria-label="Differences" tabIndex={0}>
            {diff.parts.map((part, index) =>
              part.kind === 'same' ? (
                <span key={index} className="diff-same">
                  {shortenKept(part.text)}
                </span>
              ) : part.kind === 'removed' ? (
                <del key={index} className="diff-removed">
                  <span className="visually-hidden">[removed: </span>
                  <span className="diff-sign" aria-hidden="true">
                    −
                  </span>
                  {part.text}
                  <span className="visually-hidden">]</span>
                </del>
              ) : (
                <ins key={index} className="diff-added">
                  <span className="visually-hidden">[added: </span>
                  <span className="diff-sign" aria-hidden="true">
                    +
                  </span>
                  {part.text}
                  <span className="visually-hidden">]</span>
                </ins>
              ),
            )}
          </div>
        )}
      </div>
    </Modal>
  );
}
