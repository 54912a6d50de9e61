import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/un-pages');

export function fixtureHtml(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/**
 * Serves a local fixture at a real UN address: the content script sees the UN host name and no
 * network is used. `headers` lets a test add e.g. a strict Content-Security-Policy.
 */
export async function serveFixture(context: BrowserContext, url: string, name: string, headers: Record<string, string> = {}): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({ body: fixtureHtml(name), contentType: 'text/html; charset=utf-8', headers }),
  );
}

export async function openFixture(context: BrowserContext, url: string, name: string, headers: Record<string, string> = {}): Promise<Page> {
  await serveFixture(context, url, name, headers);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** ISO2 codes of the marks under `selector`, in document order. */
export function markCodes(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(`${selector} er-state`, (marks) => marks.map((m) => m.getAttribute('data-er-state') ?? ''));
}

/**
 * Writes settings the way the extension stores them (lib/settings-layout.ts): the choices in
 * storage.sync under "settings", the sites where marking is off in storage.local.
 */
export async function setSettings(settingsPage: Page, settings: Record<string, unknown>): Promise<void> {
  await settingsPage.evaluate(async (value) => {
    type Area = { set(v: object): Promise<void> };
    const c = (globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } }).chrome;
    const { marking, ...rest } = value as { marking?: { enabled: boolean; disabledHosts: string[] } };
    await c.storage.sync.set({ settings: { ...rest, ...(marking ? { marking: { enabled: marking.enabled } } : {}) } });
    if (marking) await c.storage.local.set({ markingDisabledHosts: marking.disabledHosts });
  }, settings);
}
