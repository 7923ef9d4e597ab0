import '@/lib/schema/jitless';
import { paintFirstScreen } from './first-screen';
import { readCurrentTab } from './useCurrentTab';
import './style.css';

const root = document.getElementById('root');
if (root) {
  readCurrentTab().then((found) => {
    try {
      paintFirstScreen(root, found);
    } finally {
      // React and the database side load after the first screen is painted: evaluating them
      // earlier holds it back (measured with `npm run bench:ui`). React then takes the root over.
      // IndexedDB opens while React loads: the live queries then find it open.
      import('@/lib/db').then(({ db }) => db.open()).catch(console.error);
      setTimeout(() => import('./mount').then(({ mount }) => mount(root, found)));
    }
  });
}
