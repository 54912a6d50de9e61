import type { Browser, Page, Target } from 'puppeteer-core';
import { delay, waitUntil } from './firefox';

/**
 * Clicks, with real (trusted) pointer input, the first element matching `selector` whose visible
 * text is `text` (or any, when `text` is omitted). Text for screen readers only (.sr-only, e.g.
 * "opens in a new tab") is not part of it.
 */
export async function clickText(page: Page, selector: string, text?: string): Promise<void> {
  const describe = `${selector}${text === undefined ? '' : ` "${text}"`}`;
  await waitUntil(
    page,
    ([sel, wanted]: [string, string | null]) =>
      [...document.querySelectorAll(sel)].some((el) => {
        const copy = el.cloneNode(true) as Element;
        for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
        return wanted === null || copy.textContent?.trim() === wanted;
      }),
    [selector, text ?? null] as [string, string | null],
  ).catch(() => {
    throw new Error(`nothing to click: ${describe}`);
  });
  const point = await page.evaluate(
    (sel, wanted) => {
      const element = [...document.querySelectorAll<HTMLElement>(sel)].find((el) => {
        const copy = el.cloneNode(true) as Element;
        for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
        return wanted === null || copy.textContent?.trim() === wanted;
      });
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const box = element.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    selector,
    text ?? null,
  );
  if (!point) throw new Error(`nothing to click: ${describe}`);
  await page.mouse.click(point.x, point.y);
}

/** The address a tab shows, read from the document (BiDi reports none for extension pages), or from Firefox's error page. */
async function shownAddress(target: Target): Promise<string> {
  const page = await target.page().catch(() => null);
  const href = (await page?.evaluate(() => location.href).catch(() => '')) ?? '';
  // An address that cannot load (there is no network here) shows Firefox's error page, which names it.
  const failed = /^about:neterror\?.*[?&]u=([^&]+)/.exec(href);
  if (failed?.[1]) return decodeURIComponent(failed[1]);
  return href && href !== 'about:blank' ? href : target.url();
}

/**
 * Does `act` and returns the tab it opens with the address it opened (e.g. a social network's
 * compose address, or an extension page opened by a link), once that address starts with `prefix`.
 */
export async function tabOpenedBy(browser: Browser, prefix: string, act: () => Promise<void>): Promise<{ page: Page; url: string }> {
  const before = new Set(browser.targets());
  const [target] = await Promise.all([browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 15_000 }), act()]);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const url = await shownAddress(target);
    if (url.startsWith(prefix)) {
      const page = await target.page();
      if (!page) throw new Error(`no page for ${url}`);
      if (url.startsWith('moz-extension:')) await waitUntil(page, () => document.readyState === 'complete', null);
      return { page, url };
    }
    if (Date.now() > deadline) throw new Error(`the new tab shows "${url}", expected an address starting ${prefix}`);
    await delay(200);
  }
}

/** The text of the element matching `selector`, or null. */
export function textOf(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((sel) => document.querySelector(sel)?.textContent?.trim() ?? null, selector);
}

/** Waits until the element matching `selector` has the text `text` (or contains it, with `contains`). */
export async function expectText(page: Page, selector: string, text: string, contains = false): Promise<void> {
  try {
    await waitUntil(
      page,
      ([sel, wanted, part]: [string, string, boolean]) => {
        const shown = document.querySelector(sel)?.textContent?.trim() ?? '';
        return part ? shown.includes(wanted) : shown === wanted;
      },
      [selector, text, contains] as [string, string, boolean],
    );
  } catch {
    throw new Error(`${selector} shows ${JSON.stringify(await textOf(page, selector))}, expected ${contains ? 'it to contain ' : ''}${JSON.stringify(text)}`);
  }
}

/** Waits until `selector` matches `count` elements. */
export async function expectCount(page: Page, selector: string, count: number): Promise<void> {
  try {
    await waitUntil(page, ([sel, n]: [string, number]) => document.querySelectorAll(sel).length === n, [selector, count] as [string, number]);
  } catch {
    const shown = await page.evaluate((sel) => document.querySelectorAll(sel).length, selector);
    throw new Error(`${shown} elements match ${selector}, expected ${count}`);
  }
}

/**
 * Follows the link matching `selector` with the text `text` in the same tab, and waits for the
 * page it leads to. Links to extension pages open a new tab that WebDriver BiDi does not report
 * (it reports tabs a web page opens), so the test goes where the link points instead; the
 * Chromium tests click the link itself.
 */
export async function followLink(page: Page, selector: string, text: string): Promise<string> {
  const href = await page.evaluate(
    (sel, wanted) =>
      [...document.querySelectorAll<HTMLAnchorElement>(sel)].find((el) => {
        const copy = el.cloneNode(true) as Element;
        for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
        return copy.textContent?.trim() === wanted;
      })?.href ?? null,
    selector,
    text,
  );
  if (!href) throw new Error(`no link ${selector} "${text}"`);
  await page.evaluate((url) => {
    location.href = url;
  }, href);
  await waitUntil(page, (url: string) => location.href === url && document.readyState === 'complete', href);
  return href;
}
