import { defineConfig } from 'wxt';
import { FRAME_SITES } from './lib/background/identity';
import { ADAPTERS } from './lib/detect/sites';
import { inlineCss } from './scripts/build/inline-css';
import { noEval } from './scripts/build/no-eval';
import { renderBlockingScript } from './scripts/build/render-blocking';

/** Where a posting really lives in a frame: iCIMS job frames and Greenhouse's embedded boards. */
const FRAME_MATCHES = ADAPTERS.filter((a) => FRAME_SITES.includes(a.id)).flatMap((a) => a.patterns);
const JOB_SCRIPT = 'content-scripts/job.js';

/**
 * The popup renders with Preact through its React-compatible layer (about 12 KB against React
 * DOM's 190 KB): it is usable sooner (`npm run bench:ui`). The popup is built on its own for
 * that; the dashboard keeps React, whose Recharts bar charts draw no bars under Preact 11's
 * compat. Unit tests run React.
 */
const POPUP = 'popup';
const PREACT = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [noEval()] }),
  hooks: {
    'entrypoints:grouped': (_wxt, groups) => {
      for (const [i, group] of groups.entries()) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const popup = group.find((e) => e.name === POPUP);
        if (!popup) continue;
        groups[i] = group.filter((e) => e !== popup);
        groups.push([popup]);
        return;
      }
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0]?.name !== POPUP) return;
      const alias = config.resolve?.alias ?? [];
      const kept = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [...PREACT, ...kept] };
      // Its stylesheet in the HTML (one stylesheet: no chunk loaded later asks for a CSS file).
      // Its script render-blocking: no empty frame takes the main thread as the script arrives.
      config.plugins = [...(config.plugins ?? []), inlineCss(), renderBlockingScript()];
      // What the first screen runs in one file, not in chunks shared with those loaded later.
      const output = config.build?.rolldownOptions?.output;
      config.build = {
        ...config.build,
        cssCodeSplit: false,
        rolldownOptions: {
          ...config.build?.rolldownOptions,
          output: {
            ...(Array.isArray(output) ? {} : output),
            codeSplitting: { groups: [{ name: 'popup-first', tags: ['$initial'] }] },
          },
        },
      };
    },
    // `job.content.ts` reads top documents only. The same script also runs in every frame of the
    // sites whose postings live in a frame, as its own manifest entry (one file, no second
    // bundle); those sites leave the first entry so no document gets the script twice.
    'build:manifestGenerated': (_wxt, manifest) => {
      const entries = manifest.content_scripts ?? [];
      const job = entries.find((e) => e.js?.includes(JOB_SCRIPT));
      if (!job) throw new Error(`${JOB_SCRIPT} is missing from the manifest`);
      job.matches = (job.matches ?? []).filter((m) => !FRAME_MATCHES.includes(m));
      entries.push({ ...job, matches: [...FRAME_MATCHES], all_frames: true });
    },
  },
  // Firefox too: the background relies on MV3's action, scripting and storage.session APIs.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Reqlens',
    description:
      'Reads what a job posting asks for, checks your fit, and tracks your applications. Everything stays in your browser.',
    // Each one is explained in the README's "Permissions" section. Host access to the known job
    // sites comes from the content script's `matches`, not from here.
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'alarms',
      'notifications',
    ],
    // Opt-in detection on every site: requested from the settings page, never at install.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Automatic backups (off by default) save files: requested when the user turns them on.
    optional_permissions: ['downloads'],
    // Handled in lib/background/save-shortcut.ts; users can rebind it in the browser's shortcut page.
    commands: {
      'save-posting': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the job posting in the current tab',
      },
    },
    // Firefox needs a stable id; Reqlens collects no data, and says so to the store.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'reqlens@reqlens.dev',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads `data_collection_permissions` from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
