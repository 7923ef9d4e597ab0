import { describe, expect, it } from 'vitest';
import { renderBlockingScript } from './render-blocking';

/** Runs the plugin's `generateBundle` over pages and returns their HTML afterwards. */
function run(files: Record<string, string>): Record<string, string> {
  type Asset = { type: 'asset'; fileName: string; source: string };
  const bundle: Record<string, Asset> = Object.fromEntries(
    Object.entries(files).map(([fileName, source]) => [
      fileName,
      { type: 'asset', fileName, source },
    ]),
  );
  const plugin = renderBlockingScript();
  const hook = plugin.generateBundle as unknown as (options: unknown, out: unknown) => void;
  hook.call({}, {}, bundle);
  return Object.fromEntries(Object.values(bundle).map((f) => [f.fileName, String(f.source)]));
}

describe('renderBlockingScript', () => {
  it('marks the page module script render-blocking', () => {
    const out = run({
      'popup.html':
        '<head><script type="module" crossorigin src="/chunks/popup-1.js"></script><style>p{}</style></head>',
    });
    expect(out['popup.html']).toBe(
      '<head><script type="module" blocking="render" crossorigin src="/chunks/popup-1.js"></script><style>p{}</style></head>',
    );
  });

  it('leaves scripts that already say how they block, and files that are not pages', () => {
    const page = '<script type="module" blocking="render" src="/a.js"></script>';
    const out = run({ 'a.html': page, 'chunks/a.js': 'const s = \'<script type="module"\';' });
    expect(out['a.html']).toBe(page);
    expect(out['chunks/a.js']).toBe('const s = \'<script type="module"\';');
  });
});
