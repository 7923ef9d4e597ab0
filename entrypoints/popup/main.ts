// First, and as a side effect (import sorting leaves it here): the tab, session storage and
// database reads start before the renderer's modules (Preact, the components) are evaluated.
import './start';
import { mount } from './render';
import { firstReads } from './start';
// In the entry so that it lands in popup.html (inlined there by the build), not behind a script.
import './style.css';

/**
 * The popup's first screen loads neither Dexie nor zod (about 200 KB of script): the tab's
 * posting comes from the preview in session storage and its controls from the mirror of its
 * tracker state kept next to it (lib/db/mirror.ts), in the same read; without a mirror, from one
 * read of its row with IndexedDB itself (firstRead.ts).
 * The database side (live queries, the fit, recent postings) loads after the first paint
 * (`npm run bench:ui`).
 */
const root = document.getElementById('root');
if (root && firstReads) void mount(root, firstReads);
