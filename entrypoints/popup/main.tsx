import '@/lib/schema/jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '@/lib/db';
import { App, loadLivePopup } from './App';
// The database side (Dexie, the tracker controls) is part of this entry, not a chunk loaded after
// the first render: the controls then show with the posting rather than a few hundred ms later
// (`npm run bench:ui`, 300 postings under load: 328 ms against 450 ms, static page 111-161 ms).
import './LivePopup';
import { readCurrentTab } from './useCurrentTab';
import './style.css';

const root = document.getElementById('root');
if (root) {
  // The database opens while the browser says which tab this is.
  db.open().catch(console.error);
  loadLivePopup().catch(console.error);
  readCurrentTab().then((found) => {
    const app = (
      <StrictMode>
        <App initial={found} />
      </StrictMode>
    );
    createRoot(root).render(app);
  });
}
