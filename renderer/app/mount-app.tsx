// Base styles first, so that each component's own CSS comes after them and can refine them.
import '../styles/tokens.css';
import '../styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { FactdeskApi } from '../../shared/ipc/contract';
import { ApiProvider } from '../api/api-context';
import { NoticesProvider } from './notices-context';
import { App } from './app';
import type { StartRequests } from './start-requests';

/** Draws the app into `container`, with what the entry script already asked for. */
export function mountApp(container: HTMLElement, api: FactdeskApi, started: StartRequests): void {
  createRoot(container).render(
    <StrictMode>
      <ApiProvider api={api}>
        <NoticesProvider>
          <App started={started} />
        </NoticesProvider>
      </ApiProvider>
    </StrictMode>,
  );
}
