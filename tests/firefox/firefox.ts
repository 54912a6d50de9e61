import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface LaunchedFirefox {
  browser: Browser;
  /** Closes Firefox (killing it if it does not quit) and deletes its profile; safe to call twice. */
  close: () => Promise<void>;
}

/**
 * Debian's Firefox ESR over WebDriver BiDi with a throw-away profile. `uuids` pins the
 * moz-extension:// host of each add-on id so pages can be addressed before installation.
 */
export async function launchFirefox(uuids: Record<string, string>): Promise<LaunchedFirefox> {
  const profileDir = mkdtempSync(join(tmpdir(), 'er-firefox-'));
  let browser: Browser | undefined;
  const removeProfile = () => rmSync(profileDir, { recursive: true, force: true });
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profileDir,
      timeout: 60_000,
      protocolTimeout: 60_000,
      // The caller's own handlers close Firefox and delete the profile on Ctrl-C.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify(uuids),
        // The tests open the popup with window.open from a fixture page.
        'dom.disable_open_during_load': false,
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.reportingpolicy.firstRun': false,
      },
    });
  } catch (error) {
    removeProfile();
    throw error;
  }
  const launched = browser;
  let closed = false;
  return {
    browser: launched,
    close: async () => {
      if (closed) return;
      closed = true;
      const quit = launched.close().catch(() => undefined);
      const gaveUp = await Promise.race([quit.then(() => false), delay(10_000).then(() => true)]);
      if (gaveUp) launched.process()?.kill('SIGKILL');
      removeProfile();
    },
  };
}

/**
 * Opens an extension page. BiDi refuses to navigate to moz-extension:// URLs, but a web page
 * may window.open() a web-accessible one (test-only builds make popup.html web-accessible).
 */
export async function openExtensionPage(browser: Browser, opener: Page, url: string): Promise<Page> {
  const before = new Set(browser.targets());
  // The new tab is reported as about:blank first; its later navigation does not update the target.
  const [target] = await Promise.all([
    browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 15_000 }),
    opener.evaluate((href) => {
      window.open(href, '_blank');
    }, url),
  ]);
  const page = await target.page();
  if (!page) throw new Error(`no page for ${url}`);
  // BiDi sends no navigation events for moz-extension:// pages, so page.url() stays
  // about:blank; ask the document itself (evaluation fails while the tab is navigating).
  const deadline = Date.now() + 15_000;
  let shown = '';
  for (;;) {
    shown = await page
      .evaluate(() => (document.readyState === 'complete' ? location.href : ''))
      .catch(() => '');
    if (shown === url) return page;
    if (Date.now() > deadline) throw new Error(`the opened tab shows "${shown}", not ${url}`);
    await delay(100);
  }
}

/**
 * Polls `predicate` in the page until it returns true. Puppeteer's own waitFor* helpers run in
 * an isolated realm that Firefox does not create for moz-extension:// pages ("Waiting failed").
 */
export async function waitUntil<A>(page: Page, predicate: (arg: A) => boolean, arg: A, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Puppeteer's evaluate typing cannot follow a generic argument; the value is sent as JSON.
    const met = await page.evaluate(predicate as (value: unknown) => boolean, arg as unknown).catch(() => false);
    if (met) return;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await delay(200);
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
