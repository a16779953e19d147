import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { adoptTokenFromUrl, requestOverviewEarly } from './api/client.ts';
import { decodeUrlState } from './state/url-state.ts';
import './styles.css';

performance.mark('pg:app:start');
adoptTokenFromUrl();
// The overview is the slowest answer and the usual first view: ask for it before React even starts.
const opening = decodeUrlState(window.location.search);
if (opening.view === 'overview') requestOverviewEarly(opening.filters);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
