import { browser } from 'wxt/browser';
import { readerPath } from '@/lib/reader/reader-address';
import { unDocumentAddress } from '@/lib/reader/un-documents';
import { isUnSiteHost } from '@/lib/un-sites';

/** Runs in the page: the addresses its frames and embeds load (undocs.org shows a document in a frame). */
function framedAddresses(): string[] {
  return [...document.querySelectorAll('iframe[src], frame[src], embed[src], object[data]')]
    .map((el) => (el as HTMLIFrameElement).src || (el as HTMLObjectElement).data || '')
    .filter((src) => src.startsWith('http'));
}

export interface TabDocument {
  tabId: number;
  /** The reader's path for the document the tab shows. */
  path: string;
}

/**
 * The UN document the active tab shows, if any: a PDF from a UN site, or a UN page that frames
 * one. The tab's address is readable because the extension holds the UN sites' host permission
 * (no "tabs" permission); other tabs give no address and nothing is offered.
 */
export async function activeTabDocument(): Promise<TabDocument | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !tab.url) return null;
  let host: string;
  try {
    host = new URL(tab.url).hostname;
  } catch {
    return null;
  }
  if (!isUnSiteHost(host)) return null;
  const direct = unDocumentAddress(tab.url);
  if (direct?.kind === 'pdf') return { tabId: tab.id, path: readerPath({ src: tab.url }) };
  // The frame says which language the page shows; prefer it to the page's own address.
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: framedAddresses });
    const framed = ((injection?.result as string[] | undefined) ?? []).find((src) => unDocumentAddress(src) !== null);
    if (framed) return { tabId: tab.id, path: readerPath({ src: framed }) };
  } catch {
    // Not scriptable (the browser's PDF viewer, an error page): the address alone decides.
  }
  return direct ? { tabId: tab.id, path: readerPath({ src: tab.url }) } : null;
}
