import type { Browser, Page } from 'puppeteer-core';

export { FIREFOX, launchFirefox, type LaunchedFirefox } from '../../scripts/lib/extension-browsers';

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
