import { browser } from 'wxt/browser';
import { getSettings } from '../db';
import { JOB_SITE_MATCHES } from '../detect';

/** The optional host permission that opt-in detection on every site asks for. */
export const ALL_SITES = { origins: ['https://*/*', 'http://*/*'] };

const SCRIPT_ID = 'reqlens-all-sites';
/** `entrypoints/scan.content.ts` as WXT builds it (`registration: 'runtime'`: not in the manifest). */
export const DETECT_SCRIPT = 'content-scripts/scan.js';

/**
 * Registers the detection script on every site when the user opted in and granted the permission,
 * and unregisters it otherwise. Runs at start-up, when the permission changes and when an
 * extension page says the setting changed; registrations persist, so it only reconciles.
 */
export async function syncAllSitesScript(): Promise<boolean> {
  const [{ allSitesDetection }, granted, registered] = await Promise.all([
    getSettings(),
    browser.permissions.contains(ALL_SITES),
    browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }),
  ]);
  const wanted = allSitesDetection && granted;
  if (wanted && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        js: [DETECT_SCRIPT],
        matches: ALL_SITES.origins,
        // The declared content script already runs on the known job sites.
        excludeMatches: [...JOB_SITE_MATCHES],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!wanted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
  return wanted;
}
