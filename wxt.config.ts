import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { LOCAL_TEST_MATCHES, UN_SITE_MATCHES } from './lib/un-sites';
import { campaignStatesDefine, pageDataFile } from './lib/data/page-data-build';
import { PAGE_DATA_FILE } from './lib/data/page-data';
import { PAGE_MESSAGES_FILE } from './lib/i18n/page';
import { pageMessagesFile } from './lib/i18n/page-catalogue';
import { knownIdsDefine } from './lib/data/known-ids-build';
import { caseListDefine } from './lib/data/case-list-build';
import { calendarDefine } from './lib/data/calendar-build';
import { STATES_PANEL_COMMAND, STATES_PANEL_DEFAULT_SHORTCUT } from './lib/platform/background/states-panel-command';
import { extensionPagesCsp } from './scripts/lib/extension-pages-csp';
import { isWxtZip, testBuildVariablesIn } from './scripts/lib/test-build-flags';
import { READER_PAGE } from './lib/reader/package-paths';
import { pdfjsPublicFiles } from './scripts/build/pdfjs-assets';
import { pdfjsPatches } from './scripts/build/pdfjs-patches';
import { preactWithoutInnerHtml } from './scripts/build/preact-without-inner-html';
import { zodJitless } from './scripts/build/zod-jitless';
import { omitCoreJsPolyfills } from './scripts/build/core-js-omitted';

// Test-only builds (E2E_LOCAL_HOSTS=1) let Firefox tests reach fixture pages on 127.0.0.1;
// shipped builds never carry these hosts, and `zip` refuses to package such a build.
const localTestHosts = process.env.E2E_LOCAL_HOSTS === '1';

/** Pages whose links to a UN PDF may be redirected to the reader: any page, since PDFs are linked from everywhere. */
const READER_OPENERS = ['<all_urls>'];

/** web_accessible_resources in the form of each manifest version. */
function webAccessible(manifestVersion: number, entries: Array<{ resources: string[]; matches: string[] }>) {
  return manifestVersion === 3
    ? { web_accessible_resources: entries }
    : { web_accessible_resources: [...new Set(entries.flatMap((e) => e.resources))] };
}

export default defineConfig({
  // Parallel builds (tests, benchmarks) can each use their own output folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), preactWithoutInnerHtml(), zodJitless(), omitCoreJsPolyfills(), pdfjsPatches()],
    define: {
      // The States linked to the campaign, which the marks on UN pages set apart.
      ...campaignStatesDefine(),
      // The case ids and State codes the background checks requests against.
      ...knownIdsDefine(),
      // What the popup's first view shows (the case list, the next moment), checked here.
      ...caseListDefine(),
      ...calendarDefine(),
      // The reader accepts PDFs from local test hosts only in test-only builds (lib/reader/pdf-source.ts).
      'import.meta.env.ER_LOCAL_TEST_HOSTS': JSON.stringify(localTestHosts),
    },
  }),
  // Firefox add-on review needs the sources; WXT already leaves out node_modules, dot-folders
  // (.output*, .wxt, .git) and *.test/*.spec files.
  zip: {
    excludeSources: ['tests/artifacts/**', 'test-results/**', '**/*.log', 'stats.html'],
  },
  hooks: {
    // `npx wxt zip` as well as `npm run zip` (which checks before building): no store package
    // from a test-only build. WXT builds before its zip:start hook, so `wxt zip` is refused here,
    // before anything is built; zip:start stays as the last word.
    'build:before': () => {
      const set = testBuildVariablesIn(process.env);
      if (isWxtZip(process.argv) && set.length > 0) throw new Error(`Refusing to zip a test-only build (${set.join(', ')}).`);
    },
    'zip:start': () => {
      const set = testBuildVariablesIn(process.env);
      if (set.length > 0) throw new Error(`Refusing to zip a test-only build (${set.join(', ')}).`);
    },
    // The PDF reader's worker, character maps, fonts and WebAssembly, straight from node_modules.
    // And the card's and panel's data (cases, reports, State names, checked and made compact here)
    // and strings, which the background reads when a card first asks.
    'build:publicAssets': (_wxt, files) => {
      files.push(
        ...pdfjsPublicFiles(),
        { relativeDest: PAGE_DATA_FILE, contents: pageDataFile() },
        { relativeDest: PAGE_MESSAGES_FILE, contents: pageMessagesFile() },
      );
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
    ...(command === 'build' ? { content_security_policy: { extension_pages: extensionPagesCsp({ localTestHosts }) } } : {}),
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Reprisal cases for …" on selected text. scripting: marking on sites the
    // user adds in the options page (registerContentScripts for the origins granted below).
    permissions: [
      'storage',
      'contextMenus',
      'scripting',
      // Reader (#11): declarativeNetRequestWithHostAccess (Chrome) or webRequest blocking (Firefox,
      // whose DNR cannot see response headers) for the off-by-default "open UN PDFs in the reader";
      // both act only on hosts we hold, and neither adds an install warning.
      ...(browser === 'firefox' ? ['webRequest', 'webRequestBlocking'] : ['declarativeNetRequestWithHostAccess']),
      // The reader fetches PDFs from UN sites only: the same sites the content script runs on.
      ...(manifestVersion === 2 ? [...UN_SITE_MATCHES, ...(localTestHosts ? LOCAL_TEST_MATCHES : [])] : []),
    ],
    ...(manifestVersion === 3 ? { host_permissions: UN_SITE_MATCHES } : {}),
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
    // The reader is web-accessible so that a UN PDF can be redirected to it (the browser lets a
    // navigation follow a redirect to an extension page only then). Firefox refuses to navigate
    // automation to moz-extension:// pages; a page may open the popup only when it is
    // web-accessible, so test-only builds expose it and shipped ones never do.
    ...webAccessible(manifestVersion, [
      { resources: [READER_PAGE], matches: READER_OPENERS },
      ...(localTestHosts ? [{ resources: ['popup.html', READER_PAGE], matches: ['http://127.0.0.1/*'] }] : []),
    ]),
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
