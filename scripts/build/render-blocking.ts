import type { Plugin } from 'vite';

/**
 * Marks a page's module script render-blocking (`blocking="render"`): the browser paints no empty
 * frame while the script is on its way, so the main thread is free to run it the moment it
 * arrives, and the page's first frame is its first screen. For the popup (`npm run bench:ui`).
 * Browsers without the attribute (Firefox) ignore it and render as before.
 *
 * The script stays a deferred module in the head. Measured and left (`bench:ui --only popup`,
 * alternating rounds against this build):
 * - `async` in the head (still render-blocking): the document then finishes parsing while the
 *   script is on its way, and a CDP trace shows the script's reads answered sooner after it runs
 *   (end of parsing no longer between them), but the script arrives later: its request waits on
 *   the browser's main thread, which that earlier end of parsing keeps busy. 60 paired runs:
 *   controls 1.86x against 1.51x, no posting 1.45x against 1.38x.
 * - `async` at the end of the body: no longer render-blocking (only elements seen before the
 *   body are), so an empty frame is painted while the script is on its way, and its commit held
 *   the script (traced: 14 ms).
 * - top-level await of the first render (to keep the first frame blocked until it): the entry
 *   chunk then loads its modules in two more files, one request after the other.
 */
export function renderBlockingScript(): Plugin {
  return {
    name: 'reqlens-render-blocking-script',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const page of Object.values(bundle)) {
        if (page.type !== 'asset' || !page.fileName.endsWith('.html')) continue;
        page.source = String(page.source).replace(
          /<script type="module"(?![^>]*\bblocking=)/g,
          '<script type="module" blocking="render"',
        );
      }
    },
  };
}
