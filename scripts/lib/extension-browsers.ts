/**
 * Starting a browser with the built extension, and seeding its settings: the one way `npm start`,
 * the Chromium end-to-end tests and the Firefox test do both. Node only (Playwright drives
 * Chromium, Puppeteer drives Firefox over WebDriver BiDi); nothing here is bundled into the
 * extension. Browsers: Debian's /usr/bin/chromium and /usr/bin/firefox-esr unless CHROMIUM_PATH
 * or FIREFOX_PATH say otherwise.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Settings } from '../../lib/settings';
import { composeSettings, LOCAL_KEYS, planWrite, SYNC_KEY, type SettingsWrite, type StoredSettings } from '../../lib/settings-layout';

const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Where the build of one browser is (WXT_OUT_DIR, as for `wxt build`, else .output). */
export function builtExtensionDir(target: 'chrome-mv3' | 'firefox-mv2', outDir = process.env.WXT_OUT_DIR ?? '.output'): string {
  return resolve(ROOT, outDir, target);
}

export interface ChromiumLaunchOptions {
  /** The unpacked extension; the Chrome build by default. */
  extensionDir?: string;
  headless?: boolean;
  /** A profile folder to use and keep (to start the same browser again); a throw-away one otherwise. */
  profile?: string;
  /**
   * Host resolver rules before the one that sends every other host nowhere (e.g. "MAP
   * documents.un.org 127.0.0.1:8080"); null lets the browser reach the network (npm start).
   */
  hostRules?: string[] | null;
  extraArgs?: string[];
  /** Page size; null follows the window (a headed demo). */
  viewport?: { width: number; height: number } | null;
}

export interface LaunchedChromium {
  context: BrowserContext;
  extensionId: string;
  /** Closes the browser (giving up after 5 s) and deletes a throw-away profile; safe to call twice. */
  close: () => Promise<void>;
}

/** Chromium with the built extension unpacked; see ../shared/TESTING.md for the flags. */
export async function launchChromium(options: ChromiumLaunchOptions = {}): Promise<LaunchedChromium> {
  const { extensionDir = builtExtensionDir('chrome-mv3'), headless = true, profile, hostRules = [], extraArgs = [], viewport } = options;
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'er-chromium-'));
  const removeProfile = () => {
    if (!profile) rmSync(userDataDir, { recursive: true, force: true });
  };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless,
      // The caller's own handlers close the browser (and this deletes the profile) on Ctrl-C.
      handleSIGINT: false,
      handleSIGTERM: false,
      ...(viewport !== undefined ? { viewport } : {}),
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Nothing leaves the machine: what the caller does not route (context.route) fails to resolve.
        ...(hostRules ? [`--host-resolver-rules=${[...hostRules, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(', ')}`] : []),
        ...extraArgs,
      ],
    });
  } catch (error) {
    removeProfile();
    throw error;
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  let closed = false;
  return {
    context,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      if (closed) return;
      closed = true;
      await Promise.race([context.close().catch(() => undefined), new Promise((r) => setTimeout(r, 5_000))]);
      removeProfile();
    },
  };
}

export interface LaunchedFirefox {
  browser: Browser;
  /** Closes Firefox (killing it if it does not quit) and deletes its profile; safe to call twice. */
  close: () => Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Pins the moz-extension:// host of each add-on id, so that its pages have a known address. */
  uuids?: Record<string, string>;
  /**
   * Sends every http and https request through this proxy on 127.0.0.1 (the Firefox test's stand-in
   * for UN sites, tests/firefox/un-hosts-proxy.ts), and accepts its self-signed certificate.
   */
  proxyPort?: number;
}

/**
 * Firefox ESR over WebDriver BiDi with a throw-away profile. Started with system access so that
 * automation may open the add-on's own moz-extension:// pages (popup, options, dashboard, reader)
 * in a tab; Firefox 153 refuses those navigations otherwise.
 */
export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<LaunchedFirefox> {
  const { uuids = {}, proxyPort } = options;
  const profileDir = mkdtempSync(join(tmpdir(), 'er-firefox-'));
  let browser: Browser | undefined;
  const removeProfile = () => rmSync(profileDir, { recursive: true, force: true });
  const proxyPrefs =
    proxyPort === undefined
      ? {}
      : {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': proxyPort,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': proxyPort,
          'network.proxy.no_proxies_on': '',
          'network.proxy.allow_hijacking_localhost': true,
          // No certificate status requests for the proxy's certificate.
          'security.OCSP.enabled': 0,
        };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profileDir,
      timeout: 60_000,
      protocolTimeout: 60_000,
      args: ['--remote-allow-system-access'],
      acceptInsecureCerts: proxyPort !== undefined,
      // The caller's own handlers close Firefox and delete the profile on Ctrl-C.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify(uuids),
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.reportingpolicy.firstRun': false,
        ...proxyPrefs,
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
      const gaveUp = await Promise.race([quit.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 10_000))]);
      if (gaveUp) launched.process()?.kill('SIGKILL');
      removeProfile();
    },
  };
}

/** A page of the extension, from Playwright (Chromium) or Puppeteer (Firefox): both evaluate alike. */
export interface ExtensionPageLike {
  // Playwright's and Puppeteer's evaluate are typed differently; both take this call.
  evaluate(pageFunction: (arg: any) => unknown, arg: any): Promise<any>;
}

/**
 * Stores `patch` over the stored settings exactly as the extension's settings store does
 * (lib/platform/settings-store.ts): validated, each field in the storage area lib/settings-layout.ts
 * gives it, what older versions stored moved. Run in any page of the extension.
 */
export async function seedSettings(page: ExtensionPageLike, patch: Partial<Settings>): Promise<void> {
  const stored = (await page.evaluate(
    async ({ syncKey, localKeys }: { syncKey: string; localKeys: string[] }) => {
      type Area = { get(keys: string | string[]): Promise<Record<string, unknown>> };
      const ext = ((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as { storage: { sync?: Area; local: Area } };
      const sync = await (ext.storage.sync ?? ext.storage.local).get(syncKey);
      return { sync: sync[syncKey], local: await ext.storage.local.get(localKeys) };
    },
    { syncKey: SYNC_KEY, localKeys: [...LOCAL_KEYS] },
  )) as StoredSettings;
  const next = Settings.parse({ ...composeSettings(stored), ...patch });
  const plan = planWrite(next, patch, stored);
  await page.evaluate(
    async ({ write, syncKey }: { write: SettingsWrite; syncKey: string }) => {
      type Area = { set(items: Record<string, unknown>): Promise<void> };
      const ext = ((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as { storage: { sync?: Area; local: Area } };
      // Local first, as the store does: what moves out of the sync item is stored before it goes.
      if (write.local) await ext.storage.local.set(write.local);
      if (write.sync) await (ext.storage.sync ?? ext.storage.local).set({ [syncKey]: write.sync });
    },
    { write: plan, syncKey: SYNC_KEY },
  );
}
