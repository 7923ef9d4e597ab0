import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openCurrent, readTracked } from '@/lib/db/quick';
import { App } from './App';
import { readCurrentTab } from './useCurrentTab';
import './style.css';

/**
 * The first screen loads neither Dexie nor zod (about 200 KB of script, most of the popup's start
 * before): the tab's posting comes from the preview in session storage and its controls from one
 * read of its row with IndexedDB itself, opened while the browser says which tab this is. The
 * database side (live queries, the fit, recent postings) loads after the first paint
 * (`npm run bench:ui`).
 */
async function readFirstScreen() {
  const connection = openCurrent().catch(() => null);
  const found = await readCurrentTab();
  const idb = await connection;
  try {
    const quick = idb && found.jobKey ? await readTracked(idb, found.jobKey) : null;
    return { found, quick };
  } finally {
    idb?.close();
  }
}

const root = document.getElementById('root');
if (root) {
  readFirstScreen().then(({ found, quick }) => {
    createRoot(root).render(
      <StrictMode>
        <App initial={found} quick={quick} />
      </StrictMode>,
    );
  });
}
