import { browser } from 'wxt/browser';
import { keepTrackerMirror } from '../db/mirror';

/**
 * Keeps this context's database writes mirrored in session storage, for the popup's first screen
 * (lib/db/mirror.ts). Called by every extension context that writes the database (the background,
 * the popup, the dashboard): a context that did not would leave the mirror stale until the popup's
 * live view corrects it. Session storage lasts until the browser closes and is out of content
 * scripts' reach.
 */
export function keepTrackerMirrorInSession(): void {
  const session = browser.storage?.session;
  if (!session) return;
  keepTrackerMirror({
    set: (items) => session.set(items),
    remove: (keys) => session.remove(keys),
    keys: async () => Object.keys(await session.get(null)),
  });
}
