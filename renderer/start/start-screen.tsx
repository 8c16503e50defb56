import { useEffect, useRef } from 'react';
import type { AppInfo, ProjectView } from '../../shared/ipc/views';
import { useApi } from '../api/api-context';
import { useProjectOpener } from '../access/use-project-opener';
import { AboutButton } from '../about/about-button';
import { Logo } from '../app/logo';
import { CheckerForm } from './checker-form';
import { NewProjectForm } from './new-project-form';
import { OpenProjectForm } from './open-project-form';
import { RecentProjects } from './recent-projects';
import '../styles/start.css';

interface StartScreenProps {
  readonly info: AppInfo;
  readonly onInfo: (info: AppInfo) => void;
  readonly onProject: (project: ProjectView) => void;
}

/** What Factdesk shows when no project is open. */
export function StartScreen({ info, onInfo, onProject }: StartScreenProps) {
  const desktop = info.mode === 'desktop';
  const api = useApi();
  const opener = useProjectOpener(onProject);
  const openRef = useRef(opener.open);
  useEffect(() => {
    openRef.current = opener.open;
  });

  // A project the shell was asked to open but that needs the person (passphrase, backup): asked
  // once when the start screen appears (not again when `open` changes identity).
  useEffect(() => {
    let live = true;
    api.invoke('project:pendingOpen', {}).then(
      (pending) => live && pending && void openRef.current(pending.dir),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <main className="start">
      <header className="start-hero">
        <Logo size={44} />
        <div>
          <h1 className="start-name">Factdesk</h1>
          <p className="start-tagline">
            Find the checkable claims in a draft, check each one against its sources, and export the report.
            Everything stays on this machine.
          </p>
        </div>
      </header>
      {opener.notice}
      <div className="start-grid">
        <div className="start-card">
          <NewProjectForm canBrowse={desktop} onProject={onProject} />
          <hr className="start-divider" />
          <OpenProjectForm desktop={desktop} opener={opener} />
        </div>
        <div className="start-card">
          <RecentProjects opener={opener} />
          <hr className="start-divider" />
          <CheckerForm info={info} onInfo={onInfo} />
        </div>
      </div>
      <footer className="start-footer">
        Factdesk {info.version} · {desktop ? 'Desktop app' : 'Web workbench on this machine'} · Works offline
        · <AboutButton />
      </footer>
      {opener.dialogs}
    </main>
  );
}
