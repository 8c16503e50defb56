// The entry script: small, so that it runs at once and asks the services for what the first screen
// needs while the app's code (React, the workbench) is still being fetched and compiled.
import { createApi } from './api/create-api';
import { startRequests } from './app/start-requests';
import { loadIntlData } from './lib/intl-data';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

const api = createApi();
const started = startRequests(api);
import('./app/mount-app').then(
  ({ mountApp }) => mountApp(container, api, started),
  () => {
    container.textContent = 'Factdesk could not load its code; reload the page to try again.';
  },
);
loadIntlData();
