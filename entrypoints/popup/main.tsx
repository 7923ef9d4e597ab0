import '@/lib/schema/jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadLivePopup } from './App';
import { readCurrentTab } from './useCurrentTab';
import './style.css';

const root = document.getElementById('root');
if (root) {
  const current = readCurrentTab();
  // The database side (Dexie, the tracker controls) loads while the browser says which tab this
  // is, and the database opens as soon as it has: the controls follow the first screen closely.
  loadLivePopup()
    .then(() => import('@/lib/db'))
    .then(({ db }) => db.open())
    .catch(console.error);
  current.then((found) => {
    const app = (
      <StrictMode>
        <App initial={found} />
      </StrictMode>
    );
    createRoot(root).render(app);
  });
}
