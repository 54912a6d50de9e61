import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { UN_SITE_MATCHES } from './lib/un-sites';
import { campaignStatesDefine, pageDataFile } from './lib/data/page-data-build';
import { PAGE_DATA_FILE } from './lib/data/page-data';
import { PAGE_MESSAGES_FILE } from './lib/i18n/page';
import { pageMessagesFile } from './lib/i18n/page-catalogue';
import { knownIdsDefine } from './lib/data/known-ids-build';
import { caseListDefine } from './lib/data/case-list-build';
import { calendarDefine } from './lib/data/calendar-build';
import { STATES_PANEL_COMMAND, STATES_PANEL_DEFAULT_SHORTCUT } from './lib/platform/background/states-panel-command';
import { extensionPagesCsp } from './scripts/lib/extension-pages-csp';
import { READER_PAGE } from './lib/reader/package-paths';
import { pdfjsPublicFiles } from './scripts/build/pdfjs-assets';
import { pdfjsPatches } from './scripts/build/pdfjs-patches';
import { preactWithoutInnerHtml } from './scripts/build/preact-without-inner-html';
import { zodJitless } from './scripts/build/zod-jitless';
import { omitCoreJsPolyfills } from './scripts/build/core-js-omitted';

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
    },
  }),
  // Firefox add-on review needs the sources; WXT already leaves out node_modules, dot-folders
  // (.output*, .wxt, .git) and *.test/*.spec files.
  zip: {
    excludeSources: ['tests/artifacts/**', 'test-results/**', '**/*.log', 'stats.html'],
  },
  hooks: {
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
  },
  manifest: ({ browser, manifestVersion, command }) => ({
    name: '__MSG_extName__',
    // The CSS Custom Highlight API, which draws the marks on UN pages.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '105' }),
    // Strict policy for extension pages (see the module); WXT writes Firefox's MV2 string form too.
    // Development (`wxt` serve) keeps WXT's own policy, which lets its dev server in.
    ...(command === 'build' ? { content_security_policy: { extension_pages: extensionPagesCsp() } } : {}),
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
      ...(manifestVersion === 2 ? UN_SITE_MATCHES : []),
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
    // navigation follow a redirect to an extension page only then). No other page is.
    ...webAccessible(manifestVersion, [{ resources: [READER_PAGE], matches: READER_OPENERS }]),
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
