import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
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
      },
    }),
  }),
});
