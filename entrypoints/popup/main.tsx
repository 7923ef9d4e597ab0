import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadLivePopup } from './App';
import { prefetchCurrentTab } from './useCurrentTab';
import './style.css';

// Asking which posting the tab shows, and loading the database side, are the slowest first
// steps: start both while React renders the first frame.
prefetchCurrentTab();
void preloadLivePopup();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
