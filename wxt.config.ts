import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Reqlens',
    description:
      'Reads what a job posting asks for, checks your fit, and tracks your applications. Everything stays in your browser.',
    permissions: ['storage'],
  },
});
