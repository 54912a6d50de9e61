import { browser } from 'wxt/browser';
import { isKnownCase, isKnownState } from '@/lib/data/known-ids';
import type { MessageResponse } from '@/lib/messages';
import { listen, type Handler } from '@/lib/platform/messaging';
import { createRateLimiter } from '@/lib/rate-limit';
import { parseRoute } from '@/lib/router';

/** A person reads a card and opens a case or a letter now and then; a page script clicking would not stop. */
export const OPEN_PAGE_LIMIT = { limit: 3, windowMs: 10_000 };

type Opener = { id?: number; index?: number; windowId?: number };

/** Opens `path` (one of our pages) in a new tab next to the tab that asked, if any. */
export async function openExtensionPage(path: string, openerTab?: Opener): Promise<void> {
  await browser.tabs.create({
    url: browser.runtime.getURL(`/${path}` as '/popup.html'),
    ...(openerTab?.index !== undefined ? { index: openerTab.index + 1 } : {}),
    ...(openerTab?.windowId !== undefined ? { windowId: openerTab.windowId } : {}),
    ...(openerTab?.id !== undefined ? { openerTabId: openerTab.id } : {}),
  });
}

/** Whether the case, the State and the cases a popup path names all exist in our data. */
function namesKnownThings(path: string): boolean {
  // A reader path names a UN document, already checked by the message's schema; the reader
  // fetches from UN sites only, whatever it is given.
  if (path.startsWith('reader.html?')) return true;
  const route = parseRoute(path.slice(path.indexOf('#')));
  if (route.name === 'case') return isKnownCase(route.caseId);
  if (route.name === 'letter') return (route.state === null || isKnownState(route.state)) && (route.cases ?? []).every(isKnownCase);
  return false;
}

/**
 * The background's answer to `er:open-page`: the router has already checked that a content script
 * in a tab sent it and that the path is a case or letter page; here the page must name things we
 * have, and each tab may open only a few pages in a row.
 */
export function createOpenPageHandler(open: typeof openExtensionPage = openExtensionPage, limiter = createRateLimiter(OPEN_PAGE_LIMIT)): Handler<'er:open-page'> {
  return async ({ path }, sender): Promise<MessageResponse<'er:open-page'>> => {
    if (!namesKnownThings(path)) return { ok: false, error: 'unknown-page' };
    if (!limiter.allow(sender.tab?.id ?? -1)) return { ok: false, error: 'too-many' };
    await open(path, sender.tab);
    return { ok: true };
  };
}

export function registerOpenPage(): void {
  listen({ 'er:open-page': createOpenPageHandler() });
}
