import type { Page } from '@playwright/test';

/** The extension APIs the pages below call, as far as these helpers use them. */
type ExtensionGlobal = {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> };
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

/** Records actions the way content scripts do: a message to the background, which owns the store. */
export async function recordThroughBackground(page: Page, actions: SeedAction[]): Promise<Array<{ ok: boolean; error?: string }>> {
  return page.evaluate(async (list) => {
    const { chrome } = globalThis as unknown as ExtensionGlobal;
    const results = [];
    for (const action of list) results.push(await chrome.runtime.sendMessage({ type: 'er:record-action', action }));
    return results;
  }, actions);
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
