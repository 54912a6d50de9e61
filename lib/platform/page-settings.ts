import { browser } from 'wxt/browser';
import { isUiLanguage, type UiLanguage } from '@/lib/i18n/languages';
import type { Settings } from '@/lib/settings';
import { DISABLED_HOSTS_KEY, SYNC_KEY } from '@/lib/settings-keys';

const STATEMENT_LANGUAGES: readonly string[] = ['en', 'zh', 'fr', 'es', 'ru', 'ar'];

/** The settings the content script on UN pages needs. */
export type PageSettings = Pick<Settings, 'uiLanguage' | 'marking' | 'markStates' | 'statementLanguage'>;

/** What is stored where the two settings live: the sync item, and the local list of sites. */
export interface StoredPageSettings {
  sync: unknown;
  localDisabledHosts: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** As settings.ts's HostName: trimmed, lower case, no trailing dot, 253 characters at most. */
function hostName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const host = value.trim().toLowerCase().replace(/\.$/, '');
  return host.length >= 1 && host.length <= 253 && /^[a-z0-9.-]+$/.test(host) ? host : null;
}

/** Bad items dropped one by one, duplicates once (as settings.ts's DisabledHosts). */
function hostList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const kept = new Set<string>();
  for (const item of value) {
    const host = hostName(item);
    if (host !== null) kept.add(host);
  }
  return [...kept];
}

/**
 * Reads `uiLanguage`, `marking`, `markStates` and `statementLanguage` as composeSettings (settings-layout.ts) does — a field that
 * is missing or malformed takes its default; the sites where marking is off come from local
 * storage once it holds them, else from an older version's sync item — without the schema
 * library, which the content script of every UN page would otherwise carry.
 * tests/unit/page-settings.test.ts holds the two to the same results.
 */
export function readPageSettings(stored: StoredPageSettings): PageSettings {
  const sync = isObject(stored.sync) ? stored.sync : {};
  const ui = sync.uiLanguage;
  const uiLanguage: 'auto' | UiLanguage = ui === 'auto' || isUiLanguage(ui) ? ui : 'auto';
  const marking = isObject(sync.marking) ? sync.marking : undefined;
  const enabled = marking && typeof marking.enabled === 'boolean' ? marking.enabled : true;
  const legacyHosts = marking?.disabledHosts;
  const disabledHosts = hostList(stored.localDisabledHosts === undefined ? legacyHosts : stored.localDisabledHosts);
  const markStates = sync.markStates === 'linked' ? 'linked' : 'all';
  const statement = sync.statementLanguage;
  const statementLanguage = statement === 'page' || (typeof statement === 'string' && STATEMENT_LANGUAGES.includes(statement)) ? (statement as PageSettings['statementLanguage']) : 'page';
  return { uiLanguage, marking: { enabled, disabledHosts }, markStates, statementLanguage };
}

// Firefox without a signed-in account still has storage.sync; some Chromium forks don't.
const syncArea = () => browser.storage.sync ?? browser.storage.local;
const syncAreaName = () => (browser.storage.sync ? 'sync' : 'local');

export async function loadPageSettings(): Promise<PageSettings> {
  const [sync, local] = await Promise.all([syncArea().get(SYNC_KEY), browser.storage.local.get(DISABLED_HOSTS_KEY)]);
  return readPageSettings({ sync: sync[SYNC_KEY], localDisabledHosts: local[DISABLED_HOSTS_KEY] });
}

export function onPageSettingsChanged(listener: (settings: PageSettings) => void): () => void {
  let latest = 0;
  const handler = (changes: Record<string, unknown>, areaName: string) => {
    const ours = (areaName === syncAreaName() && SYNC_KEY in changes) || (areaName === 'local' && DISABLED_HOSTS_KEY in changes);
    if (!ours) return;
    // Read both again: a change to one of the two areas says nothing of the other.
    const ticket = ++latest;
    void loadPageSettings().then(
      (settings) => ticket === latest && listener(settings),
      () => undefined,
    );
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
