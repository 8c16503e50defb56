import type { ReactNode } from 'react';
import type { AppInfo, ImportProgress, StatusCounts } from '../../shared/ipc/views';
import { AboutButton } from '../about/about-button';
import { useProjectProgress } from '../claims/use-claims';
import { Logo } from '../app/logo';
import { formatCount } from '../lib/format';
import { ProgressSummary } from './progress-summary';
import { BackupsIcon, CloseProjectIcon, ExportIcon, SourcesIcon } from './header-icons';

interface WorkbenchHeaderProps {
  readonly title: string;
  readonly dir: string;
  readonly info: AppInfo;
  /** The project's counts as it opened, shown until the claims store has the claims. */
  readonly openingCounts: StatusCounts;
  readonly importing: boolean;
  readonly progress: ImportProgress | null;
  readonly onImport: () => void;
  readonly onChecker: () => void;
  readonly onRename: () => void;
  readonly onShortcuts: () => void;
  readonly onSources: () => void;
  readonly onExport: () => void;
  readonly onBackups: () => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onClose: () => void;
  /** Share… or the sync control (renderer/desk/sync-button.tsx). */
  readonly sync?: ReactNode;
}

function importLabel(progress: ImportProgress | null): string {
  if (!progress || progress.total === 0) return 'Importing…';
  const percent = Math.round(progress.fraction * 100);
  return progress.total > 1
    ? `Importing ${formatCount(progress.index + 1)} of ${formatCount(progress.total)} · ${percent}%`
    : `Importing · ${percent}%`;
}

/** The project's progress (its counts as opened until every claim is in: `useProjectProgress`). */
function ProjectProgress({ openingCounts }: { readonly openingCounts: StatusCounts }) {
  const { counts, contested } = useProjectProgress(openingCounts);
  return <ProgressSummary counts={counts} contested={contested} />;
}

/** Project title, overall progress, and the project-wide actions. */
export function WorkbenchHeader(props: WorkbenchHeaderProps) {
  const { title, dir, info, importing } = props;
  return (
    <header className="wb-header">
      <div className="wb-title">
        <Logo size={28} />
        <div className="wb-title-text">
          <div className="wb-title-line">
            <h1 title={title || undefined}>{title || 'Untitled project'}</h1>
            <button
              type="button"
              className="button-quiet button-icon wb-rename"
              aria-label="Rename project"
              title="Rename project"
              onClick={props.onRename}
            >
              ✎
            </button>
          </div>
          <p className="wb-dir" title={dir}>
            {dir}
          </p>
        </div>
      </div>
      <ProjectProgress openingCounts={props.openingCounts} />
      <div className="wb-actions">
        <button type="button" className="button-primary" onClick={props.onImport} disabled={importing}>
          {importing ? importLabel(props.progress) : 'Import drafts'}
        </button>
        <button
          type="button"
          className="button-quiet button-icon"
          aria-label="Undo"
          aria-keyshortcuts="Control+Z Meta+Z"
          title="Undo (Ctrl+Z)"
          onClick={props.onUndo}
        >
          ↶
        </button>
        <button
          type="button"
          className="button-quiet button-icon"
          aria-label="Redo"
          aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
          title="Redo (Shift+Ctrl+Z)"
          onClick={props.onRedo}
        >
          ↷
        </button>
        {props.sync}
        <button
          type="button"
          className="button-quiet wb-action"
          aria-keyshortcuts="s"
          title="Sources library (S)"
          onClick={props.onSources}
        >
          <SourcesIcon />
          <span className="wb-action-label">Sources</span>
        </button>
        <button
          type="button"
          className="button-quiet wb-action"
          aria-keyshortcuts="e"
          title="Export report (E)"
          onClick={props.onExport}
        >
          <ExportIcon />
          <span className="wb-action-label">Export report</span>
        </button>
        <button type="button" className="button-quiet wb-action" title="Backups" onClick={props.onBackups}>
          <BackupsIcon />
          <span className="wb-action-label">Backups…</span>
        </button>
        <button
          type="button"
          className="button-quiet checker-button"
          title={info.checker ? `Checking as ${info.checker}: change the name` : 'Who is checking?'}
          onClick={props.onChecker}
        >
          {info.checker ? (
            <>
              <span className="checker-label">Checker</span>
              <span className="checker-name">{info.checker}</span>
            </>
          ) : (
            'Who is checking?'
          )}
        </button>
        <button
          type="button"
          className="button-quiet button-icon"
          aria-label="Keyboard shortcuts"
          aria-keyshortcuts="?"
          title="Keyboard shortcuts (?)"
          onClick={props.onShortcuts}
        >
          ?
        </button>
        <AboutButton compact />
        <button
          type="button"
          className="button-quiet wb-action"
          title="Close project"
          onClick={props.onClose}
        >
          <CloseProjectIcon />
          <span className="wb-action-label">Close project</span>
        </button>
      </div>
    </header>
  );
}
