import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, Settings } from './settings';

const KEY = 'settings';

// Firefox without a signed-in account still has storage.sync; some Chromium forks don't.
function area() {
  return browser.storage.sync ?? browser.storage.local;
}

export async function loadSettings(): Promise<Settings> {
  const stored = (await area().get(KEY))[KEY];
  return Settings.parse(stored ?? {});
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await loadSettings()), ...patch });
  await area().set({ [KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>) => {
    if (KEY in changes) listener(Settings.parse(changes[KEY]?.newValue ?? {}));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

export { DEFAULT_SETTINGS };
