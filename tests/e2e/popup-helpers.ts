import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from './fixtures';

/** The popup's size in the toolbar; extension pages opened by tests get the same viewport. */
export const POPUP_VIEWPORT = { width: 400, height: 600 };

const SCREENS = resolve(import.meta.dirname, '../artifacts/screens');

export async function openPopup(extensionPage: (path: string) => Promise<Page>, hash = '#/'): Promise<Page> {
  const page = await extensionPage(`popup.html${hash}`);
  await page.setViewportSize(POPUP_VIEWPORT);
  await expect(page.locator('.app')).toBeVisible();
  return page;
}

/** Picks a UI language with the popup's own switch (which stores it in settings). */
export async function switchLanguage(page: Page, lang: string): Promise<void> {
  await page.locator('.language-switch select').selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENS, `${name}.png`), fullPage });
}

/** Serves a stub page for every URL under `pattern` so no request leaves the machine. */
export async function stubSite(context: BrowserContext, pattern: string): Promise<void> {
  await context.route(pattern, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>stub</title><p>stub</p>' }),
  );
}

/** The web address a tab was opened at, from the tab's own history (whatever it then showed). */
export async function openedUrl(tab: Page): Promise<string> {
  const cdp = await tab.context().newCDPSession(tab);
  try {
    let url = '';
    await expect
      .poll(async () => {
        const { entries, currentIndex } = await cdp.send('Page.getNavigationHistory');
        url = entries[currentIndex]?.url ?? '';
        return url;
      })
      .toMatch(/^https:/);
    return url;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Clicks `trigger` and returns the tab it opens, once it shows the web address it was opened at.
 * A tab opened in the background (as the popup does until the action is recorded) may load before
 * Playwright routes it, so it shows an error page instead of the stub; it is then loaded again
 * here, through the routes, at the same address.
 */
export async function tabOpenedBy(context: BrowserContext, trigger: () => Promise<void>): Promise<Page> {
  const [opened] = await Promise.all([context.waitForEvent('page'), trigger()]);
  const url = await openedUrl(opened);
  if (opened.url() !== url) await opened.goto(url);
  await opened.waitForURL(/^https:/);
  return opened;
}

/**
 * What the page last put on the system clipboard, read back the way a user would: by pasting
 * into a scratch textarea (which is then removed). Reading through navigator.clipboard.readText
 * is refused intermittently in headless Chromium even with the permission granted.
 */
export async function readClipboard(page: Page): Promise<string> {
  await page.bringToFront();
  await page.evaluate(() => {
    const probe = document.createElement('textarea');
    probe.id = 'clipboard-probe';
    document.body.append(probe);
    probe.focus();
  });
  await page.keyboard.press('ControlOrMeta+V');
  const probe = page.locator('#clipboard-probe');
  const text = await probe.inputValue();
  await probe.evaluate((el) => el.remove());
  return text;
}
