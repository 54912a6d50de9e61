/**
 * Firefox smoke test of the store build (.output/firefox-mv2, the files of the Firefox package) in
 * Debian's Firefox ESR: the popup shows the five cases in English and Chinese; on a UN page the
 * content script highlights State names, the card opens by hover and "States on this page" works
 * by keyboard, and on any other site it does not run; the reader reads a UN PDF and refuses one from
 * elsewhere; and the options, a post, a letter and the dashboard work (surface-checks.ts).
 * UN pages and PDFs are local fixtures that a proxy on this machine serves under their real
 * addresses (un-hosts-proxy.ts); the add-on's pages are opened as tabs. Builds nothing.
 * Prints "N passed, M failed"; exits 1 on failure.
 *
 * Environment: FIREFOX_PATH (default /usr/bin/firefox-esr); WXT_OUT_DIR (default .output) as for
 * the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type WebExtensions from 'webextension-polyfill';
import { getCases } from '@/lib/data';
import { Checks } from './checks';
import { serveUnHosts, type UnHostsProxy } from './un-hosts-proxy';
import { delay, launchFirefox, openExtensionPage, waitUntil, type LaunchedFirefox } from './firefox';
import { runReaderChecks } from './reader-checks';
import { runSurfaceChecks } from './surface-checks';
import { makeFixturePdfs } from '../fixtures/pdf/make-pdfs';
import { seedSettings } from '../../scripts/lib/extension-browsers';
import type { Settings } from '@/lib/settings';

const ROOT = resolve(import.meta.dirname, '../..');
// WXT_OUT_DIR, as for `wxt build`: where the store build is.
const OUT_DIR = process.env.WXT_OUT_DIR ?? '.output';
const STORE_BUILD_DIR = join(ROOT, OUT_DIR, 'firefox-mv2');
const DEMO_PAGE = join(ROOT, 'tests', 'fixtures', 'demo', 'un-demo.html');
/** Where the fixtures stand: a UN page and a UN PDF, and the same page on a site that is not the UN's. */
const UN_PAGE = 'https://www.ohchr.org/en/hr-bodies/hrc/un-demo.html';
const UN_PDF = 'https://www.ohchr.org/sites/default/files/documents/hrbodies/hrcouncil/report-en.pdf';
const OTHER_SITE_PAGE = 'https://www.example.org/un-demo.html';
const PDF_DIR = join(ROOT, 'tests', 'artifacts', 'fixture-pdfs-firefox');
// Any fixed UUID works; fixing it lets the test address moz-extension:// pages directly.
const ADDON_UUID = '3f6c1d52-8b0e-4f7a-9c21-5e4d8a7b6c10';
const WHOLE_RUN_LIMIT_MS = 5 * 60_000;

const checks = new Checks();
let firefox: LaunchedFirefox | undefined;
let proxy: UnHostsProxy | undefined;

function geckoIdOf(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** Waits until every one of `texts` is in the page's visible text; names the missing ones if not. */
async function expectTexts(page: Page, texts: string[], timeoutMs = 15_000): Promise<void> {
  try {
    await waitUntil(page, (wanted: string[]) => wanted.every((t) => document.body.innerText.includes(t)), texts, timeoutMs);
  } catch (error) {
    const visible = await page.evaluate(() => document.body.innerText);
    const missing = texts.filter((t) => !visible.includes(t));
    if (missing.length === 0) throw error;
    throw new Error(`missing ${JSON.stringify(missing)}; page shows: ${visible.slice(0, 400).replace(/\s+/g, ' ')}`);
  }
}

/** Stores the UI language the way the extension does (lib/settings-layout.ts). */
async function setUiLanguage(page: Page, uiLanguage: Settings['uiLanguage']): Promise<void> {
  await seedSettings(page, { uiLanguage });
}

async function openPopup(browser: Browser, errors: string[]): Promise<Page> {
  const popup = await openExtensionPage(browser, `moz-extension://${ADDON_UUID}/popup.html`);
  popup.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  return popup;
}

async function main(): Promise<void> {
  console.log('Firefox smoke test');

  if (!existsSync(STORE_BUILD_DIR)) throw new Error(`${STORE_BUILD_DIR} is missing: run "npm run zip" (or "npm run build") first`);

  const pdfs = await makeFixturePdfs(PDF_DIR);
  proxy = await serveUnHosts({
    [UN_PAGE]: { file: DEMO_PAGE },
    [OTHER_SITE_PAGE]: { file: DEMO_PAGE },
    [UN_PDF]: { file: pdfs.report.en, type: 'application/pdf' },
  });

  const geckoId = geckoIdOf(STORE_BUILD_DIR);
  const launched = await checks.run('Firefox ESR starts over WebDriver BiDi', async () => {
    firefox = await launchFirefox({ uuids: { [geckoId]: ADDON_UUID }, proxyPort: proxy!.port });
    console.log(`    ${await firefox.browser.version()}`);
  }, 90_000);
  if (!launched || !firefox) return;
  const { browser } = firefox;

  // Installed first: Firefox forgets the pinned UUID of an add-on once it is uninstalled.
  const installed = await checks.run(`store add-on (${OUT_DIR}/firefox-mv2) installs as a temporary add-on`, async () => {
    const id = await browser.installExtension(STORE_BUILD_DIR);
    if (id !== geckoId) throw new Error(`installed as "${id}", expected "${geckoId}"`);
  });
  if (!installed) return;

  const popupErrors: string[] = [];
  const cases = getCases();

  let popup: Page | undefined;
  const english = await checks.run('popup shows the five cases in English', async () => {
    popup = await openPopup(browser, popupErrors);
    await expectTexts(popup, cases.map((c) => c.title.en));
    // Otherwise the Chinese check below would prove nothing.
    const visible = await popup.evaluate(() => document.body.innerText);
    const chinese = cases.map((c) => c.title.zh).filter((title) => visible.includes(title));
    if (chinese.length > 0) throw new Error(`the English popup already shows ${JSON.stringify(chinese)}`);
  });

  if (english && popup) {
    const page = popup;
    await checks.run('popup shows the five cases in Chinese (zh-CN)', async () => {
      await setUiLanguage(page, 'zh-CN');
      await page.close();
      const reopened = await openPopup(browser, popupErrors);
      await expectTexts(reopened, cases.map((c) => c.title.zh));
      await setUiLanguage(reopened, 'auto');
      await reopened.close();
    });
  } else {
    checks.notRun('popup shows the five cases in Chinese (zh-CN)', 'the popup did not open');
  }

  if (popup) {
    await checks.run('popup raised no uncaught errors', async () => {
      if (popupErrors.length > 0) throw new Error(popupErrors.join('\n      '));
    });
  }

  // Marks are CSS highlights the page can read in its own CSS.highlights, named by State code.
  let unPage: Page | undefined;
  const marked = await checks.run('content script highlights State names on a UN page', async () => {
    unPage = await browser.newPage();
    await unPage.setViewport({ width: 1200, height: 800 });
    await unPage.goto(UN_PAGE, { waitUntil: 'load' });
    await waitUntil(unPage, () => (CSS.highlights.get('endreprisals-eg')?.size ?? 0) > 0, undefined).catch(async () => {
      const names = await unPage!.evaluate(() => {
        const found: string[] = [];
        CSS.highlights.forEach((_h, name) => found.push(name));
        return found;
      });
      throw new Error(`no endreprisals-eg highlight within 15 s (highlights: ${JSON.stringify(names)}; is the page served as ${UN_PAGE}?)`);
    });
    const shown = await unPage.evaluate(() => {
      const out: Record<string, string[]> = {};
      CSS.highlights.forEach((h, name) => {
        if (name.startsWith('endreprisals-')) out[name] = [...h].map((r) => (r as Range).toString());
      });
      return out;
    });
    if (!shown['endreprisals-eg']?.includes('Egypt')) throw new Error(`EG highlights do not cover "Egypt": ${JSON.stringify(shown['endreprisals-eg'])}`);
    const missing = ['by', 'bi', 'cn', 'eg', 've'].filter((code) => !shown[`endreprisals-${code}`]?.length);
    if (missing.length > 0) throw new Error(`no highlights for ${missing.join(', ')} (have: ${Object.keys(shown).join(', ')})`);
    // The page itself is unchanged: no element or attribute of ours inside <body>.
    const ours = await unPage.evaluate(() => document.body.querySelectorAll('endreprisals-ui, er-state, [data-er-state]').length);
    if (ours > 0) throw new Error(`${ours} elements of ours inside <body>`);
  });

  /** Whether our UI (outside <body>, in a closed shadow root) is drawn, and where. */
  const uiBox = (page: Page) =>
    page.evaluate(() => {
      const host = document.querySelector('endreprisals-ui');
      if (!host || getComputedStyle(host).display === 'none') return null;
      // Whatever is drawn at a point inside our UI is reported as the host (the root is closed).
      for (let y = 20; y < innerHeight; y += 20) {
        for (let x = 20; x < innerWidth; x += 40) if (document.elementFromPoint(x, y) === host) return { x, y };
      }
      return null;
    });

  if (marked && unPage) {
    const page = unPage;
    await checks.run('the card opens by hover on a highlighted name', async () => {
      const point = await page.evaluate(() => {
        const range = [...CSS.highlights.get('endreprisals-eg')!][0] as Range;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const box = range.getClientRects()[0]!;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      await page.mouse.move(point.x - 2, point.y);
      await page.mouse.move(point.x, point.y);
      await waitUntil(page, () => getComputedStyle(document.querySelector('endreprisals-ui')!).display === 'block', undefined, 5_000).catch(() => {
        throw new Error('no card after resting the pointer on "Egypt"');
      });
      if (!(await uiBox(page))) throw new Error('the card is not drawn');
      await page.mouse.move(5, 5);
      await waitUntil(page, () => getComputedStyle(document.querySelector('endreprisals-ui')!).display === 'none', undefined, 5_000);
    });

    await checks.run('"States on this page" by keyboard: arrows step to a mention (selected), Escape closes', async () => {
      await page.bringToFront();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.down('Control');
      await page.keyboard.down('Shift');
      await page.keyboard.press('9');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Control');
      const byShortcut = await waitUntil(page, () => getComputedStyle(document.querySelector('endreprisals-ui')!).display === 'block', undefined, 3_000)
        .then(() => true)
        .catch(() => false);
      if (!byShortcut) {
        // WebDriver's key events go to the page, not to the browser's own shortcuts: ask the
        // way the shortcut does, with the message the background sends.
        const popup = await openPopup(browser, popupErrors);
        await popup.evaluate(async () => {
          const ext = (globalThis as unknown as { browser: WebExtensions.Browser }).browser;
          for (const tab of await ext.tabs.query({})) {
            if (tab.id !== undefined) await ext.tabs.sendMessage(tab.id, { type: 'er:open-panel' }).catch(() => undefined);
          }
        });
        await popup.close();
        await page.bringToFront();
      }
      await waitUntil(page, () => getComputedStyle(document.querySelector('endreprisals-ui')!).display === 'block', undefined, 5_000).catch(() => {
        throw new Error('the panel did not open');
      });
      // Focus is in our dialog (the page sees its host as the active element); arrows go
      // to a State and its first mention, which is selected in the page.
      const focusedHost = await page.evaluate(() => document.activeElement?.localName);
      if (focusedHost !== 'endreprisals-ui') throw new Error(`focus is on <${focusedHost}>, not in the panel`);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      await waitUntil(page, () => (getSelection()?.toString() ?? '').length > 0, undefined, 5_000);
      const selected = await page.evaluate(() => getSelection()!.toString());
      const codes = await page.evaluate((text) => {
        const found: string[] = [];
        CSS.highlights.forEach((h, name) => {
          if (name.startsWith('endreprisals-') && [...h].some((r) => (r as Range).toString() === text)) found.push(name);
        });
        return found;
      }, selected);
      if (codes.length === 0) throw new Error(`the selection "${selected}" is not a highlighted name`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await waitUntil(page, () => getComputedStyle(document.querySelector('endreprisals-ui')!).display === 'none', undefined, 5_000).catch(() => {
        throw new Error('Escape did not close the panel');
      });
      console.log(`    panel stepped to "${selected}" (${codes.join(', ')})${byShortcut ? ', opened by the shortcut' : ', opened by message (the shortcut is not reachable over WebDriver)'}`);
    });
    await page.close();
  } else {
    checks.notRun('the card opens by hover on a highlighted name', 'no highlights');
    checks.notRun('"States on this page" by keyboard: arrows step to a mention (selected), Escape closes', 'no highlights');
  }

  await checks.run('content script does not run on a site that is not the UN\'s (the same page elsewhere)', async () => {
    const elsewhere = await browser.newPage();
    await elsewhere.goto(OTHER_SITE_PAGE, { waitUntil: 'load' });
    // The same page on a UN site, opened after it, is marked: by then the script would have run here.
    const onUn = await browser.newPage();
    await onUn.goto(UN_PAGE, { waitUntil: 'load' });
    await waitUntil(onUn, () => (CSS.highlights.get('endreprisals-eg')?.size ?? 0) > 0, undefined);
    await onUn.close();
    await delay(1_000);
    const ours = await elsewhere.evaluate(() => {
      const names: string[] = [];
      CSS.highlights.forEach((_h, name) => names.push(name));
      return { highlights: names.filter((n) => n.startsWith('endreprisals')), ui: document.querySelectorAll('endreprisals-ui').length };
    });
    if (ours.highlights.length > 0 || ours.ui > 0) throw new Error(`on ${OTHER_SITE_PAGE}: ${JSON.stringify(ours)}`);
    await elsewhere.close();
  });

  await runReaderChecks(checks, browser, proxy, UN_PDF, ADDON_UUID);
  await runSurfaceChecks(checks, browser, UN_PAGE, ADDON_UUID);
}

async function cleanUp(): Promise<void> {
  await firefox?.close();
  await proxy?.close();
}

function finish(code: number): never {
  console.log(checks.summary());
  process.exit(code);
}

const watchdog = setTimeout(async () => {
  console.error(`Firefox smoke test: gave up after ${WHOLE_RUN_LIMIT_MS / 1000} s`);
  await cleanUp().catch(() => undefined);
  finish(1);
}, WHOLE_RUN_LIMIT_MS);

process.on('unhandledRejection', (reason) => checks.fail('no unhandled promise rejection', reason));

// `on`, not `once`: Ctrl-C can arrive twice (from the terminal and relayed by tsx).
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (interrupted) return;
    interrupted = true;
    checks.fail('smoke test ran to the end', `interrupted by ${signal}`);
    await cleanUp().catch(() => undefined);
    finish(130);
  });
}

try {
  await main();
} catch (error) {
  checks.fail('smoke test ran to the end', error);
} finally {
  clearTimeout(watchdog);
  await cleanUp().catch((error) => console.error('clean-up failed:', error));
}
finish(checks.failed > 0 || checks.results.length === 0 ? 1 : 0);
