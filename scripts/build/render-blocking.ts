import type { Plugin } from 'vite';

/**
 * Marks a page's module script render-blocking (`blocking="render"`): the browser paints no empty
 * frame while the script is on its way, so the main thread is free to run it the moment it
 * arrives, and the page's first frame is its first screen. For the popup (`npm run bench:ui`).
 * Browsers without the attribute (Firefox) ignore it and render as before.
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
