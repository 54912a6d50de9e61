import { browser } from 'wxt/browser';

/**
 * Opens `url` in a new tab next to the current one. From the toolbar popup `window.open` is not
 * reliable (the popup closes as focus moves), and tabs.create needs no "tabs" permission.
 */
export async function openInNewTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}
