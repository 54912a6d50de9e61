/**
 * Opens Chromium with the built extension (.output/chrome-mv3), a UN page that names the five
 * States (served from a local copy under the real www.ohchr.org address, no network used) and
 * the popup in a tab. Without a display it runs headless, saves screenshots of the popup (also in
 * Arabic, right to left), the options page, the UN page with a State card open and the dashboard,
 * prints their paths and exits.
 *
 *   npm start                      headed when $DISPLAY or $WAYLAND_DISPLAY is set
 *   npm start -- --headless        screenshots even with a display
 */
import type { BrowserContext, Page } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { builtExtensionDir, launchChromium, seedSettings, type LaunchedChromium } from './lib/extension-browsers';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = builtExtensionDir('chrome-mv3');
const DEMO_URL = 'https://www.ohchr.org/en/hr-bodies/hrc/reprisals-demo';
const DEMO_HTML = readFileSync(join(ROOT, 'tests', 'fixtures', 'demo', 'un-demo.html'));
const SCREENSHOT_DIR = join(ROOT, 'tests', 'artifacts', 'screenshots');

const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function launch(): Promise<LaunchedChromium> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR} has no build: run "npm start" (it builds first) or "npx wxt build"`);
  }
  // A profile of our own, deleted however the process ends (Ctrl-C reaches Chromium too).
  const profile = mkdtempSync(join(tmpdir(), 'er-start-'));
  process.once('exit', () => rmSync(profile, { recursive: true, force: true }));
  // The network stays reachable: this is a browser to try the extension in.
  const launched = await launchChromium({ profile, headless, hostRules: null, viewport: headless ? { width: 1280, height: 860 } : null });
  // The demo page is a local file answered under the UN host the content script runs on.
  await launched.context.route('https://www.ohchr.org/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: DEMO_HTML }),
  );
  return launched;
}

function hasPage(file: string): boolean {
  return existsSync(join(EXTENSION_DIR, file));
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
}


/** Rests the pointer on the first highlighted "Egypt" and waits (briefly) for the State card to appear. */
async function openStateCard(page: Page): Promise<boolean> {
  // Marks are CSS highlights (no elements): find the first Egypt range and its box.
  const found = await page
    .waitForFunction(() => (CSS.highlights.get('endreprisals-eg')?.size ?? 0) > 0, undefined, { timeout: 10_000 })
    .then(() => true, () => false);
  if (!found) return false;
  const point = await page.evaluate(() => {
    const range = [...CSS.highlights.get('endreprisals-eg')!][0] as Range;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0]!;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await page.mouse.move(point.x - 1, point.y);
  await page.mouse.move(point.x, point.y);
  // The card lives in a closed shadow root outside <body>; the page sees its host shown.
  return page
    .waitForFunction(() => {
      const host = document.querySelector('endreprisals-ui');
      return !!host && getComputedStyle(host).display !== 'none';
    }, undefined, { timeout: 3_000 })
    .then(() => true, () => false);
}

async function screenshots(context: BrowserContext, extensionId: string): Promise<void> {
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const saved: string[] = [];
  const shoot = async (name: string, page: Page, fullPage = false) => {
    const file = join(SCREENSHOT_DIR, `${name}.png`);
    await page.screenshot({ path: file, fullPage });
    saved.push(relative(ROOT, file));
  };

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await settle(popup);
  await shoot('popup', popup);
  // Right-to-left layout, stored the way lib/platform/settings-store does; back to automatic afterwards.
  await seedSettings(popup, { uiLanguage: 'ar' });
  await popup.reload();
  await settle(popup);
  await shoot('popup-ar', popup);
  await seedSettings(popup, { uiLanguage: 'auto' });

  for (const name of ['options', 'dashboard']) {
    if (!hasPage(`${name}.html`)) {
      console.log(`(no ${name}.html in this build; skipped)`);
      continue;
    }
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${name}.html`);
    await settle(page);
    await shoot(name, page, true);
  }

  const demo = await context.newPage();
  await demo.goto(DEMO_URL);
  await settle(demo);
  const cardOpen = await openStateCard(demo);
  if (!cardOpen) console.log('(no State card appeared on hover: is marking enabled for www.ohchr.org?)');
  await shoot(cardOpen ? 'un-page-card' : 'un-page', demo);

  console.log('Screenshots:');
  for (const file of saved) console.log(`  ${file}`);
}

async function main(): Promise<void> {
  const { context, extensionId, close } = await launch();
  // `on`, not `once`: Ctrl-C can arrive twice (from the terminal and relayed by tsx), and a
  // second signal without a listener would end the process before the profile is deleted.
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  if (headless) {
    try {
      await screenshots(context, extensionId);
    } finally {
      await close();
    }
    return;
  }

  const demo = context.pages()[0] ?? (await context.newPage());
  await demo.goto(DEMO_URL);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  console.log(`EndReprisals is loaded (extension id ${extensionId}).`);
  console.log(`  UN demo page: ${DEMO_URL} (served from tests/fixtures/demo/un-demo.html)`);
  console.log(`  Popup:        chrome-extension://${extensionId}/popup.html`);
  console.log('Close the browser or press Ctrl-C to stop.');
  await new Promise<void>((resolveClosed) => context.once('close', () => resolveClosed()));
  await close();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
