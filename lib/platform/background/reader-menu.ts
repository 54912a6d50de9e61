import { browser } from 'wxt/browser';
import { backgroundTranslate as translate } from '@/lib/i18n/background';
import type { UiLanguage } from '@/lib/i18n/languages';
import { unDocumentLinkPatterns } from '@/lib/reader/link-patterns';
import { readerPath } from '@/lib/reader/reader-address';
import { unDocumentAddress } from '@/lib/reader/un-documents';
import { openExtensionPage } from './open-page';

export const READER_MENU_ID = 'er-open-in-reader';

/** "Open in the EndReprisals reader" on links to UN documents; created with the other menu items (context-menu.ts). */
export function createReaderMenu(lang: UiLanguage): void {
  browser.contextMenus.create({
    id: READER_MENU_ID,
    title: translate(lang, 'contextMenuReader'),
    contexts: ['link'],
    targetUrlPatterns: unDocumentLinkPatterns(),
  });
}

export function updateReaderMenu(lang: UiLanguage): Promise<void> {
  return browser.contextMenus.update(READER_MENU_ID, { title: translate(lang, 'contextMenuReader') });
}

/** The reader's path for a clicked link, or null when the link is not to a UN document. */
export function readerPathForLink(linkUrl: string | undefined): string | null {
  if (!linkUrl || !unDocumentAddress(linkUrl)) return null;
  return readerPath({ src: linkUrl });
}

export function registerReaderMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== READER_MENU_ID) return;
    const path = readerPathForLink(info.linkUrl);
    if (path) void openExtensionPage(path, tab);
  });
}
