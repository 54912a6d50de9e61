import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { builtExtensionDir, CHROMIUM, launchChromium } from '../../scripts/lib/extension-browsers';

export { CHROMIUM, launchChromium };
export const EXTENSION_DIR = builtExtensionDir('chrome-mv3');

export const test = base.extend<{ context: BrowserContext; extensionId: string; extensionPage: (path: string) => Promise<Page> }>({
  context: async ({}, use) => {
    const launched = await launchChromium();
    await use(launched.context);
    await launched.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  extensionPage: async ({ context, extensionId }, use) => {
    await use(async (path: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export const expect = test.expect;
