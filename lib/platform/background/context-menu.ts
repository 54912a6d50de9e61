import { browser } from 'wxt/browser';
import { formatRoute, SELECTION_MAX } from '@/lib/router';
import { backgroundTranslate as translate } from '@/lib/i18n/background';
import type { UiLanguage } from '@/lib/i18n/languages';
import { loadSettings, onSettingsChanged } from '@/lib/platform/settings-store';
import { resolveUiLanguage } from '@/lib/ui-language';
import { openExtensionPage } from './open-page';
import { openStatesPanel } from './states-panel';
import { UN_SITE_MATCHES } from '@/lib/un-sites';
import { extraSiteOrigins } from '@/lib/marking/extra-sites';
import { createReaderMenu, updateReaderMenu } from './reader-menu';

export const CASES_MENU_ID = 'er-reprisal-cases';
export const STATES_PANEL_MENU_ID = 'er-states-panel';

export function menuTitle(lang: UiLanguage): string {
  // Browsers put the selection where "%s" is.
  return translate(lang, 'contextMenuCases');
}

/** Where "States on this page" is offered: the pages our content script runs on. */
export async function statesPanelPatterns(): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  return [...UN_SITE_MATCHES, ...extraSiteOrigins(granted)];
}

async function createMenu(): Promise<void> {
  const lang = resolveUiLanguage((await loadSettings()).uiLanguage);
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: CASES_MENU_ID, title: menuTitle(lang), contexts: ['selection'] });
  browser.contextMenus.create({
    id: STATES_PANEL_MENU_ID,
    title: translate(lang, 'statesPanelOpen'),
    contexts: ['page', 'selection', 'link'],
    documentUrlPatterns: await statesPanelPatterns(),
  });
  createReaderMenu(lang);
}

export function registerContextMenu(): void {
  // Menu items outlive a service worker but not an update or a browser restart.
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup.addListener(() => void createMenu());
  onSettingsChanged((settings) => {
    const lang = resolveUiLanguage(settings.uiLanguage);
    void browser.contextMenus
      .update(CASES_MENU_ID, { title: menuTitle(lang) })
      .then(() => browser.contextMenus.update(STATES_PANEL_MENU_ID, { title: translate(lang, 'statesPanelOpen') }))
      .then(() => updateReaderMenu(lang))
      .catch(() => createMenu());
  });
  // Sites the user added for marking get the menu item too.
  const updatePatterns = () =>
    void statesPanelPatterns()
      .then((documentUrlPatterns) => browser.contextMenus.update(STATES_PANEL_MENU_ID, { documentUrlPatterns }))
      .catch(() => createMenu());
  browser.permissions.onAdded.addListener(updatePatterns);
  browser.permissions.onRemoved.addListener(updatePatterns);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === STATES_PANEL_MENU_ID) {
      void openStatesPanel(tab?.id);
      return;
    }
    if (info.menuItemId !== CASES_MENU_ID || !info.selectionText) return;
    // The popup finds the case or letter the selection leads to (lib/selection-path.ts): the
    // State matcher stays out of the background.
    const text = info.selectionText.slice(0, SELECTION_MAX);
    void openExtensionPage(`popup.html${formatRoute({ name: 'selection', text })}`, tab);
  });
}
