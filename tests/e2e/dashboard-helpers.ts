import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { seedSettings } from '../../scripts/lib/extension-browsers';
import type { Settings } from '../../lib/settings';

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

/** Stores the interface language as the extension does (run in any page of the extension). */
export async function setUiLanguage(page: Page, uiLanguage: Settings['uiLanguage']): Promise<void> {
  await seedSettings(page, { uiLanguage });
}

export async function openDashboard(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.locator('html[data-ready]').waitFor();
}

export function stat(page: Page, id: string) {
  return page.locator(`[data-stat="${id}"]`);
}
