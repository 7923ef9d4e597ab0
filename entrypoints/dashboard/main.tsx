import '@/lib/schema/jitless';
import { createRoot } from 'react-dom/client';
import { keepTrackerMirrorInSession } from '@/lib/background/tracker-mirror';
import { App } from './App';
import './style.css';

// Its writes keep the popup's copy of each posting's tracker state current.
keepTrackerMirrorInSession();
const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
