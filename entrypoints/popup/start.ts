import { type FirstReads, startFirstReads } from './firstRead';

/**
 * The popup's first reads (the tab, its posting in session storage, the posting's row), started
 * as this module is evaluated: main.ts imports it before the renderer, so they run while Preact
 * and the components are evaluated.
 */
export const firstReads: FirstReads | null = document.getElementById('root')
  ? startFirstReads()
  : null;
