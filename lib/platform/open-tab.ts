import { browser } from 'wxt/browser';

/**
 * Opens `url` in a new tab next to the current one. From the toolbar popup `window.open` is not
 * reliable (the popup closes as focus moves), and tabs.create needs no "tabs" permission.
 */
export async function openInNewTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/**
 * Opens `url` in a new tab without moving to it, so a toolbar popup stays open (it closes when
 * focus moves) until the action is recorded; `showTab` then moves there.
 */
export async function openTabBehind(url: string): Promise<number | undefined> {
  return (await browser.tabs.create({ url, active: false })).id;
}

export async function showTab(tabId: number): Promise<void> {
  await browser.tabs.update(tabId, { active: true });
}

/**
 * Opens one of our own pages (a case or a letter in the popup's page, another report in the
 * reader) in a tab next to the current one, which opened it.
 */
export async function openOwnPageBeside(path: string): Promise<void> {
  const here = await browser.tabs.getCurrent().catch(() => undefined);
  await browser.tabs.create({
    url: browser.runtime.getURL(`/${path}` as '/popup.html'),
    ...(here?.index !== undefined ? { index: here.index + 1 } : {}),
    ...(here?.id !== undefined ? { openerTabId: here.id } : {}),
  });
}
