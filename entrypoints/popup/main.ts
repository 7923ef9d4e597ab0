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
      setTimeout(() => {
        import('./LivePopup').then(({ openDatabase }) => openDatabase());
        import('./mount').then(({ mount }) => mount(root, found));
      });
    }
  });
}
