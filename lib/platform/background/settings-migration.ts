import { browser } from 'wxt/browser';
import { migrateSettingsLayout } from '@/lib/platform/settings-store';

/** Moves settings an older version stored to today's layout (lib/settings-layout.ts) after an update. */
export function registerSettingsMigration(): void {
  const migrate = () => void migrateSettingsLayout().catch((error: unknown) => console.error('EndReprisals: settings migration', error));
  browser.runtime.onInstalled.addListener(migrate);
  browser.runtime.onStartup.addListener(migrate);
}
