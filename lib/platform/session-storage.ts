import { browser } from 'wxt/browser';

/**
 * The browser's session storage (kept while the browser runs, cleared when it closes), or the
 * local one where a browser has no storage.session. For state the popup must find again after
 * it closes: opening a mail tab closes it.
 */
export function sessionArea() {
  return browser.storage.session ?? browser.storage.local;
}
