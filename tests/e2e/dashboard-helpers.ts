import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The extension APIs the pages below call, as far as these helpers use them. */
type ExtensionGlobal = {
  chrome: {
    storage: Record<'sync' | 'local', { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } | undefined>;
  };
};

export type SeedAction = {
  kind: 'post' | 'letter-drafted' | 'letter-sent' | 'case-shared';
  cases: string[];
  state: string | null;
  channel: string | null;
  language: 'en' | 'zh' | 'fr' | 'es' | 'ru' | 'ar';
  note?: string;
};

/** An export file (the dashboard's own format) holding `actions`, one minute apart, newest last. */
export function exportFile(actions: SeedAction[], now = Date.now()): { name: string; mimeType: string; buffer: Buffer } {
  const envelope = {
    format: 'endreprisals-actions',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    actions: actions.map((action, i) => ({ id: crypto.randomUUID(), createdAt: now - (actions.length - i) * 60_000, ...action })),
  };
  return { name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(envelope)) };
}

/**
 * Adds actions to the record as a user would: by importing an export file in a dashboard of its
 * own (another tab), so an open dashboard sees the change come from elsewhere.
 */
export async function importActions(context: BrowserContext, extensionId: string, actions: SeedAction[]): Promise<void> {
  const page = await context.newPage();
  await openDashboard(page, extensionId);
  await page.locator('#import-file').setInputFiles(exportFile(actions));
  await expect(page.getByTestId('data-message')).toContainText(`New actions: ${actions.length}.`);
  await page.close();
}

export async function setUiLanguage(page: Page, uiLanguage: string): Promise<void> {
  await page.evaluate(async (lang) => {
    const { chrome } = globalThis as unknown as ExtensionGlobal;
    const area = (chrome.storage.sync ?? chrome.storage.local)!;
    const { settings } = await area.get('settings');
    await area.set({ settings: { ...(settings as object | undefined), uiLanguage: lang } });
  }, uiLanguage);
}

export async function openDashboard(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.locator('html[data-ready]').waitFor();
}

export function stat(page: Page, id: string) {
  return page.locator(`[data-stat="${id}"]`);
}
