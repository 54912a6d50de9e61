import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Test-only builds (E2E_LOCAL_HOSTS=1) let Firefox tests reach fixture pages on 127.0.0.1;
// shipped builds never carry these hosts.
const localTestHosts = process.env.E2E_LOCAL_HOSTS === '1';

export default defineConfig({
  // Parallel builds (tests, benchmarks) can each use their own output folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'endreprisals@endreprisals.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
