import type { AppInfo, ProjectView } from '../../shared/ipc/views';
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
      <div className="start-grid">
        <div className="start-card">
          <NewProjectForm canBrowse={desktop} onProject={onProject} />
          <hr className="start-divider" />
          <OpenProjectForm desktop={desktop} onProject={onProject} />
        </div>
        <div className="start-card">
          <RecentProjects onProject={onProject} />
          <hr className="start-divider" />
          <CheckerForm info={info} onInfo={onInfo} />
        </div>
      </div>
      <footer className="start-footer">
        Factdesk {info.version} · {desktop ? 'Desktop app' : 'Web workbench on this machine'} · Works offline
      </footer>
    </main>
  );
}
