import { browser } from 'wxt/browser';
import { isUiLanguage, type UiLanguage } from '@/lib/i18n/languages';
import type { Settings } from '@/lib/settings';

/** The settings the content script on UN pages needs. */
export type PageSettings = Pick<Settings, 'uiLanguage' | 'marking'>;

const KEY = 'settings';

/**
 * Reads `uiLanguage` and `marking` from the stored settings as `Settings.parse` does (a field
 * that is missing or malformed takes its default), without the schema library, which the
 * content script of every UN page would otherwise carry. tests/unit/page-settings.test.ts
 * holds the two to the same results.
 */
export function readPageSettings(stored: unknown): PageSettings {
  const value = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const ui = value.uiLanguage;
  const uiLanguage: 'auto' | UiLanguage = ui === 'auto' || isUiLanguage(ui) ? ui : 'auto';
  const raw = value.marking;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { uiLanguage, marking: { enabled: true, disabledHosts: [] } };
  const { enabled, disabledHosts } = raw as Record<string, unknown>;
  return {
    uiLanguage,
    marking: {
      enabled: typeof enabled === 'boolean' ? enabled : true,
      disabledHosts: Array.isArray(disabledHosts) && disabledHosts.every((h) => typeof h === 'string') ? [...disabledHosts] : [],
    },
  };
}

// Firefox without a signed-in account still has storage.sync; some Chromium forks don't.
const area = () => browser.storage.sync ?? browser.storage.local;

export async function loadPageSettings(): Promise<PageSettings> {
  return readPageSettings((await area().get(KEY))[KEY]);
}

export function onPageSettingsChanged(listener: (settings: PageSettings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>) => {
    if (KEY in changes) listener(readPageSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
