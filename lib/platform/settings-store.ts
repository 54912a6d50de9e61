import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, Settings } from '@/lib/settings';
import { composeSettings, LOCAL_KEYS, planWrite, SYNC_KEY, type StoredSettings } from '@/lib/settings-layout';

// Firefox without a signed-in account still has storage.sync; some Chromium forks don't.
function syncArea() {
  return browser.storage.sync ?? browser.storage.local;
}

function syncAreaName(): 'sync' | 'local' {
  return browser.storage.sync ? 'sync' : 'local';
}

/** A write the browser refused (quota, storage switched off…): nothing of it was applied. */
export class SettingsWriteError extends Error {
  override name = 'SettingsWriteError';
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

async function readStored(): Promise<StoredSettings> {
  const [sync, local] = await Promise.all([syncArea().get(SYNC_KEY), browser.storage.local.get([...LOCAL_KEYS])]);
  return { sync: sync[SYNC_KEY], local };
}

/**
 * The user's settings. Whatever is stored, this returns valid settings (a damaged field reads as
 * its default); it rejects only when the browser cannot read its storage at all.
 */
export async function loadSettings(): Promise<Settings> {
  return composeSettings(await readStored());
}

let writes: Promise<unknown> = Promise.resolve();

/**
 * Stores `patch` over the current settings and returns the result. Writes are queued, so two
 * quick changes in one page never undo each other. Rejects with a SettingsWriteError, and stores
 * nothing of the patch, when the browser refuses the write.
 */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const run = writes.then(() => write(patch));
  writes = run.catch(() => undefined);
  return run;
}

async function write(patch: Partial<Settings>): Promise<Settings> {
  let stored: StoredSettings;
  try {
    stored = await readStored();
  } catch (error) {
    // Never write over settings that could not be read: the write would replace them with defaults.
    throw new SettingsWriteError(describe(error), { cause: error });
  }
  const next = Settings.parse({ ...composeSettings(stored), ...patch });
  const plan = planWrite(next, patch, stored);
  try {
    // Local first: when legacy fields move out of the sync item, they are stored before removal.
    if (plan.local) await browser.storage.local.set(plan.local);
    if (plan.sync) await syncArea().set({ [SYNC_KEY]: plan.sync });
  } catch (error) {
    throw new SettingsWriteError(describe(error), { cause: error });
  }
  return next;
}

/** Moves settings stored by an older version into today's layout; run by the background on install and start. */
export async function migrateSettingsLayout(): Promise<void> {
  await updateSettings({});
}

/**
 * Calls `listener` with the settings whenever another page, the background or this page changes
 * them. Reads are ordered: a slower earlier read never overrides a later one.
 */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  let latest = 0;
  const handler = (changes: Record<string, unknown>, areaName: string) => {
    const ours =
      (areaName === syncAreaName() && SYNC_KEY in changes) || (areaName === 'local' && LOCAL_KEYS.some((key) => key in changes));
    if (!ours) return;
    const ticket = ++latest;
    void loadSettings().then(
      (settings) => ticket === latest && listener(settings),
      (error: unknown) => console.error('EndReprisals: settings could not be read', error),
    );
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

export { DEFAULT_SETTINGS };
