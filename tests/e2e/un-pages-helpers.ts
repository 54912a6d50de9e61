import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { seedSettings } from '../../scripts/lib/extension-browsers';
import type { Settings } from '../../lib/settings';

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

/**
 * The marks under `selector` as [ISO2 code, marked text], in document order, read the way the
 * page (or a checker) sees them: our highlights in CSS.highlights, named "endreprisals-<code>".
 */
export function marksIn(page: Page, selector = 'body'): Promise<Array<[string, string]>> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const found: Array<{ code: string; range: Range }> = [];
    if (!root || typeof CSS === 'undefined' || !CSS.highlights) return [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('endreprisals-')) return;
      for (const range of highlight) {
        if (range instanceof Range && !range.collapsed && root.contains(range.startContainer)) {
          found.push({ code: name.slice('endreprisals-'.length).toUpperCase(), range });
        }
      }
    });
    found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return found.map(({ code, range }) => [code, range.toString()] as [string, string]);
  }, selector);
}

/** ISO2 codes of the marks under `selector`, in document order. */
export async function markCodes(page: Page, selector: string): Promise<string[]> {
  return (await marksIn(page, selector)).map(([code]) => code);
}

/** The middle of the `nth` mark of `code` under `selector`, in viewport coordinates. */
export async function markPoint(page: Page, code: string, selector = 'body', nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([sel, name, n]) => {
      const root = document.querySelector(sel as string)!;
      const ranges = [...(CSS.highlights.get(name as string) ?? [])]
        .filter((r): r is Range => r instanceof Range && !r.collapsed && root.contains(r.startContainer))
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[n as number];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [selector, `endreprisals-${code.toLowerCase()}`, nth] as const,
  );
  if (!point) throw new Error(`no mark of ${code} under ${selector}`);
  return point;
}

/** Rests the pointer on a mark (long enough for the card to open). */
export async function hoverMark(page: Page, code: string, selector = 'body', nth = 0): Promise<void> {
  const { x, y } = await markPoint(page, code, selector, nth);
  await page.mouse.move(x - 1, y);
  await page.mouse.move(x, y);
}

/**
 * Our UI lives in a closed shadow root the page cannot reach. Tests reach it through the
 * DevTools protocol, which sees closed roots: the root is handed to the page's main world as
 * window.__erUi, for this test only.
 */
export async function exposeUi(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type DomNode = { nodeName: string; children?: DomNode[]; shadowRoots?: Array<{ backendNodeId: number }> };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (n: DomNode): DomNode | undefined => (n.nodeName === 'ENDREPRISALS-UI' ? n : (n.children ?? []).map(find).find(Boolean));
    const host = find(root);
    if (!host?.shadowRoots?.[0]) throw new Error('no <endreprisals-ui> with a shadow root in the page');
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: host.shadowRoots[0].backendNodeId })) as { object: { objectId: string } };
    await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { window.__erUi = this; }' });
  } finally {
    await cdp.detach();
  }
}

/** Text of the first element matching `selector` inside our UI, or null (call exposeUi first). */
export function uiText(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((sel) => {
    const ui = (window as unknown as { __erUi?: ShadowRoot }).__erUi;
    return ui?.querySelector(sel)?.textContent ?? null;
  }, selector);
}

/** An element inside our UI, to click with real (trusted) input or read (call exposeUi first). */
export async function uiElement(page: Page, selector: string) {
  const handle = await page.evaluateHandle((sel) => (window as unknown as { __erUi?: ShadowRoot }).__erUi?.querySelector(sel) ?? null, selector);
  const element = handle.asElement();
  if (!element) throw new Error(`nothing matches ${selector} in our UI`);
  return element;
}

/** Sends what the shortcut, the context menu and the popup send: "open the States panel". */
export async function openStatesPanel(context: BrowserContext, page: Page): Promise<void> {
  await page.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    const [tab] = await c.tabs.query({ active: true, currentWindow: true });
    await c.tabs.sendMessage(tab.id, { type: 'er:open-panel' });
  });
}

/** Serves the browser builds of Preact and Vue from node_modules under `origin`, as a UN site would its own copies. */
export async function serveVendor(context: BrowserContext, origin: string): Promise<void> {
  const files: Record<string, string> = {
    'preact.mjs': 'node_modules/preact/dist/preact.mjs',
    'preact-hooks.mjs': 'node_modules/preact/hooks/dist/hooks.mjs',
    'vue.mjs': 'node_modules/vue/dist/vue.esm-browser.prod.js',
  };
  await context.route(`${origin}/vendor/**`, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    const file = files[name];
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ body: readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8'), contentType: 'text/javascript; charset=utf-8' });
  });
}

/** Stores settings the way the extension does (lib/settings-layout.ts), in any page of the extension. */
export async function setSettings(settingsPage: Page, settings: Partial<Settings>): Promise<void> {
  await seedSettings(settingsPage, settings);
}
