import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '@/lib/db';
import { App } from './App';
import './style.css';

// Opening IndexedDB is the slowest first step: start it while React renders the first frame.
db.open().catch((error: unknown) => console.error('Reqlens could not open its database', error));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
