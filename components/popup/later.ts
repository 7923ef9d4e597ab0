import { lazyModule } from '../lazyModule';

/**
 * What the popup's first screen never shows, kept out of its script (about 18 KB of the first
 * chunk, `npm run bench:ui`): the fit display with its wording (the fit comes from the database
 * side, after the first paint) and the form to add a job by hand (behind a button, or a scan
 * that found nothing). The popup asks for both once it has painted; a component needing one
 * earlier loads it itself.
 */
export const POPUP_LATER = {
  fit: lazyModule(() => import('./fitParts')),
  jobForm: lazyModule(() => import('./jobFormPart')),
};

/** Loads everything the first screen left out (after its first paint). */
export function loadPopupLater(): Promise<unknown> {
  return Promise.all([POPUP_LATER.fit.load(), POPUP_LATER.jobForm.load()]);
}
