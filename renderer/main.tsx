// Base styles first, so that each component's own CSS comes after them and can refine them.
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/create-api';
import { ApiProvider } from './api/api-context';
import { NoticesProvider } from './app/notices-context';
import { App } from './app/app';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <ApiProvider api={createApi()}>
      <NoticesProvider>
        <App />
      </NoticesProvider>
    </ApiProvider>
  </StrictMode>,
);
