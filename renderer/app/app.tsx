import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo, ProjectView } from '../../shared/ipc/views';
import type { ClaimsPage } from '../../shared/ipc/claim-list-row';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/envelope';
import { StartScreen } from '../start/start-screen';
import { Workbench } from '../workbench/workbench';
import { NoticesRegion } from './notices-region';
import { LoadFailed } from './load-failed';
import { FirstUseChecker } from './first-use-checker';
import { startRequests, type StartRequests } from './start-requests';

type AppState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly message: string }
  | { readonly phase: 'ready'; readonly info: AppInfo; readonly project: ProjectView | null };

/**
 * The whole app: the start screen when no project is open, the workbench when one is. `started` is
 * what the entry script asked for before this code was loaded (used for the first attempt).
 */
export function App({ started }: { readonly started?: StartRequests }) {
  const api = useApi();
  const [state, setState] = useState<AppState>({ phase: 'loading' });

  const [attempt, setAttempt] = useState(0);
  /** Bumped when the same project comes back from a backup, so the workbench starts afresh. */
  const [generation, setGeneration] = useState(0);

  // The first page of claims is asked for beside the open project, and the workbench is drawn once
  // both are here, with its first rows in its first frame (docs/scale.md). The workbench of the
  // project open at start takes it.
  const firstPage = useRef<ClaimsPage | null>(null);
  const takeFirstPage = useCallback(() => {
    const page = firstPage.current;
    firstPage.current = null;
    return page;
  }, []);

  useEffect(() => {
    let live = true;
    const asked = attempt === 0 && started ? started : startRequests(api);
    Promise.all([asked.info, asked.project, asked.firstPage]).then(
      ([info, project, page]) => {
        if (!live) return;
        firstPage.current = project ? page : null;
        setState({ phase: 'ready', info, project });
      },
      (error: unknown) => live && setState({ phase: 'failed', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, attempt, started]);

  const projectTitle = state.phase === 'ready' ? state.project?.title : undefined;
  useEffect(() => {
    document.title = projectTitle ? `${projectTitle} — Factdesk` : 'Factdesk';
  }, [projectTitle]);

  const setInfo = useCallback((info: AppInfo) => {
    setState((current) => (current.phase === 'ready' ? { ...current, info } : current));
  }, []);
  const setProject = useCallback((project: ProjectView | null) => {
    setState((current) => (current.phase === 'ready' ? { ...current, project } : current));
  }, []);
  const reopen = useCallback(
    (project: ProjectView) => {
      setGeneration((n) => n + 1);
      setProject(project);
    },
    [setProject],
  );

  return (
    <>
      {state.phase === 'loading' && (
        <div className="app-loading" role="status">
          Opening Factdesk…
        </div>
      )}
      {state.phase === 'failed' && (
        <LoadFailed
          message={state.message}
          onRetry={() => {
            setState({ phase: 'loading' });
            setAttempt((n) => n + 1);
          }}
        />
      )}
      {state.phase === 'ready' && state.project === null && (
        <StartScreen info={state.info} onInfo={setInfo} onProject={setProject} />
      )}
      {state.phase === 'ready' && state.project !== null && (
        <Workbench
          key={`${state.project.id}:${generation}`}
          info={state.info}
          project={state.project}
          onInfo={setInfo}
          onProject={setProject}
          onReopened={reopen}
          takeFirstPage={takeFirstPage}
        />
      )}
      {state.phase === 'ready' && !state.info.checkerChosen && (
        <FirstUseChecker info={state.info} onInfo={setInfo} />
      )}
      <NoticesRegion />
    </>
  );
}
