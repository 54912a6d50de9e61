import type { Browser, Page } from 'puppeteer-core';

export { FIREFOX, launchFirefox, type LaunchedFirefox } from '../../scripts/lib/extension-browsers';

/**
 * Opens a page of the add-on (popup, options, dashboard, reader) in a new tab, as a user opening
 * its address would. Firefox lets automation go there because launchFirefox grants it system
 * access; no page needs to be web-accessible for it.
 */
export async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  // BiDi reports no load for moz-extension:// pages, so Puppeteer's goto would wait out its
  // time limit: the navigation is started, not awaited (it settles when the tab closes), and the
  // document is asked below.
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
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
