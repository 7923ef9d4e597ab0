import type { Plugin } from 'vite';

/**
 * Puts a page's stylesheets into its HTML as `<style>` (extension pages' CSP limits scripts, not
 * styles): the browser waits for one file less before it runs the page's script and paints.
 * For the popup (`npm run bench:ui`), whose CSS is a few KB.
 */
export function inlineCss(): Plugin {
  return {
    name: 'reqlens-inline-css',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      for (const page of files) {
        if (page.type !== 'asset' || !page.fileName.endsWith('.html')) continue;
        let html = String(page.source);
        for (const file of files) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
          const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${file.fileName}"[^>]*>`);
          if (!link.test(html)) continue;
          const css = String(file.source);
          if (css.includes('</')) this.error(`inline-css: ${file.fileName} contains "</"`);
          html = html.replace(link, () => `<style>${css}</style>`);
          delete bundle[file.fileName];
        }
        page.source = html;
      }
    },
  };
}
