import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '@/lib/db';
import { App } from './App';
import { prefetchCurrentTab } from './useCurrentTab';
import './style.css';

// Opening IndexedDB and asking which posting the tab shows are the slowest first steps: start
// both while React renders the first frame.
db.open().catch((error: unknown) => console.error('Reqlens could not open its database', error));
prefetchCurrentTab();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
