import { browser } from 'wxt/browser';
import { EXTRA_SITES_SCRIPT_ID, extraSiteOrigins } from '@/lib/marking/extra-sites';

/** The built content script (entrypoints/un-pages.content), as WXT names it in the package. */
const CONTENT_SCRIPT_FILE = 'content-scripts/un-pages.js';
/** Its stylesheet (the highlight rules), which WXT writes next to it. */
const CONTENT_SCRIPT_CSS = 'content-scripts/un-pages.css';

/**
 * Keeps one run-time content script registration whose `matches` are exactly the sites the user
 * granted access to in the options page. The granted permissions are the list: nothing else is
 * stored, so removing a site's permission (here or in the browser's own settings) stops marking there.
 */
export async function syncExtraSitesScript(): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const origins = extraSiteOrigins(granted);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [EXTRA_SITES_SCRIPT_ID] });
  if (origins.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [EXTRA_SITES_SCRIPT_ID] });
    return origins;
  }
  const script = { id: EXTRA_SITES_SCRIPT_ID, matches: origins, js: [CONTENT_SCRIPT_FILE], css: [CONTENT_SCRIPT_CSS], runAt: 'document_idle' as const };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
  return origins;
}

export function registerMarkingExtraSites(): void {
  const sync = () => void syncExtraSitesScript().catch((error: unknown) => console.error('EndReprisals: extra sites', error));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
}
