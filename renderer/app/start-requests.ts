import type { ClaimsPage } from '../../shared/ipc/claim-list-row';
import type { FactdeskApi } from '../../shared/ipc/contract';
import type { AppInfo, ProjectView } from '../../shared/ipc/views';
import { requestFirstPage } from '../claims/claim-pages';

/** What the app needs before it can draw anything: who is checking, the open project, its first claims. */
export interface StartRequests {
  readonly info: Promise<AppInfo>;
  readonly project: Promise<ProjectView | null>;
  /** Null when it was refused (no project is open): the workbench then asks again. */
  readonly firstPage: Promise<ClaimsPage | null>;
}

/**
 * Asks for all of it at once. The entry script calls this before the app's code is loaded, so the
 * services answer while the page is still starting (docs/scale.md, "First rows").
 */
export function startRequests(api: FactdeskApi): StartRequests {
  const asked = {
    info: api.invoke('app:info', {}),
    project: api.invoke('project:current', {}),
    firstPage: requestFirstPage(api),
  };
  // Their failures are handled when the app reads them, which may be after they came: not unhandled.
  asked.info.catch(() => {});
  asked.project.catch(() => {});
  return asked;
}
