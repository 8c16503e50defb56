import { useEffect, useId, useState } from 'react';
import type { RecentProject } from '../../shared/ipc/views';
import type { ProjectOpener } from '../access/use-project-opener';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices-context';
import { formatDateTime, formatRelative } from '../lib/format';
import { useNow } from '../hooks/use-now';

/** The projects opened before, newest first; one click opens one again. */
export function RecentProjects({ opener }: { readonly opener: ProjectOpener }) {
  const id = useId();
  const api = useApi();
  const { reportError } = useNotices();
  const now = useNow();
  const [recent, setRecent] = useState<readonly RecentProject[] | null>(null);
  const [opening, setOpening] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.invoke('projects:recent', {}).then(
      (list) => live && setRecent(list),
      (error: unknown) => {
        if (!live) return;
        setRecent([]);
        reportError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [api, reportError]);

  async function open(dir: string) {
    setOpening(dir);
    await opener.open(dir);
    setOpening(null);
  }

  return (
    <section className="start-recent" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Recent projects</h2>
      {recent === null && <p className="start-form-text">Loading…</p>}
      {recent?.length === 0 && <p className="start-form-text">Projects you open will be listed here.</p>}
      {recent && recent.length > 0 && (
        <ul className="recent-list">
          {recent.map((project) => (
            <li key={project.dir}>
              <button
                type="button"
                className="recent-item"
                disabled={opening !== null}
                onClick={() => void open(project.dir)}
              >
                <span className="recent-title">{project.title || 'Untitled project'}</span>
                <span className="recent-dir">{project.dir}</span>
                <span className="recent-when" title={formatDateTime(project.openedAt)}>
                  {opening === project.dir ? 'Opening…' : `Opened ${formatRelative(project.openedAt, now)}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
