import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { LOCAL_TEST_MATCHES, UN_SITE_MATCHES } from './lib/un-sites';
import { pageDataDefine } from './lib/data/page-data-build';
import { STATES_PANEL_COMMAND, STATES_PANEL_DEFAULT_SHORTCUT } from './lib/background/states-panel-command';
import { EXTENSION_PAGES_CSP } from './scripts/lib/extension-pages-csp';
import { testBuildVariablesIn } from './scripts/lib/test-build-flags';

// Test-only builds (E2E_LOCAL_HOSTS=1) let Firefox tests reach fixture pages on 127.0.0.1;
// shipped builds never carry these hosts, and `zip` refuses to package such a build.
const localTestHosts = process.env.E2E_LOCAL_HOSTS === '1';

// twitter-text brings core-js 2, whose global lookup ends in Function('return this')(): never
// reached in a browser, but eval all the same to add-on review. globalThis is what it looks for.
const coreJsGlobalWithoutEval = {
  name: 'core-js-global-without-eval',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    return /\/core-js\/(library\/)?modules\/_global\.js$/.test(id)
      ? code.replace("Function('return this')()", 'globalThis')
      : null;
  },
};

export default defineConfig({
  // Parallel builds (tests, benchmarks) can each use their own output folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // The content script's case and report data, checked and made compact at build time.
  vite: () => ({ plugins: [preact(), coreJsGlobalWithoutEval], define: pageDataDefine() }),
  // Firefox add-on review needs the sources; WXT already leaves out node_modules, dot-folders
  // (.output*, .wxt, .git) and *.test/*.spec files.
  zip: {
    excludeSources: ['tests/artifacts/**', 'test-results/**', '**/*.log', 'stats.html'],
  },
  hooks: {
    // `npx wxt zip` as well as `npm run zip` (which checks before building): no store package
    // from a test-only build.
    'zip:start': () => {
      const set = testBuildVariablesIn(process.env);
      if (set.length > 0) throw new Error(`Refusing to zip a test-only build (${set.join(', ')}).`);
    },
    // The content script's `matches` come from lib/un-sites.ts; test-only builds add local hosts.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!localTestHosts) return;
      for (const script of manifest.content_scripts ?? []) {
        if (script.matches?.some((m) => UN_SITE_MATCHES.includes(m))) script.matches.push(...LOCAL_TEST_MATCHES);
      }
    },
  },
  manifest: ({ browser, manifestVersion, command }) => ({
    name: '__MSG_extName__',
    // The CSS Custom Highlight API, which draws the marks on UN pages.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '105' }),
    // Strict policy for extension pages (see the module); WXT writes Firefox's MV2 string form too.
    // Development (`wxt` serve) keeps WXT's own policy, which lets its dev server in.
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Reprisal cases for …" on selected text. scripting: marking on sites the
    // user adds in the options page (registerContentScripts for the origins granted below).
    permissions: ['storage', 'contextMenus', 'scripting'],
    // "States on this page". Ctrl+Shift+9 (Command+Shift+9 on macOS) is bound to nothing in
    // Chrome or Firefox (their shortcut tables) nor in the desktops they run on; Ctrl+Shift+L,
    // for one, is Chromium's own (it refuses it) and locks the screen in ChromeOS. Users change
    // it in the browser (Chrome) or in our options (Firefox, commands.update).
    commands: {
      [STATES_PANEL_COMMAND]: {
        suggested_key: { default: STATES_PANEL_DEFAULT_SHORTCUT },
        description: '__MSG_commandStatesPanel__',
      },
    },
    // Asked for one site at a time, only when the user adds that site.
    ...(manifestVersion === 3 ? { optional_host_permissions: ['*://*/*'] } : { optional_permissions: ['*://*/*'] }),
    // Firefox refuses to navigate automation to moz-extension:// pages; a page may open the
    // popup only when it is web-accessible, so test-only builds expose it and shipped ones never do.
    ...(localTestHosts
      ? { web_accessible_resources: [{ resources: ['popup.html'], matches: ['http://127.0.0.1/*'] }] }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'endreprisals@endreprisals.org',
              // data_collection_permissions (AMO's required consent declaration) is read from
              // Firefox 140 on desktop and 142 on Android; 140 is also the first Firefox with
              // the CSS Custom Highlight API on by default, which draws the marks.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
