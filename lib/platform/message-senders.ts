import type { Browser } from 'wxt/browser';
import type { SenderKind } from '@/lib/messages';

/**
 * Who may send a message (SenderKind, lib/messages.ts): an extension page (popup, options,
 * dashboard, the background) runs at the extension's own origin; a content script runs in a web
 * page's tab and can be reached by what that page does, so what it may ask for is kept narrow.
 * No zod here: the content script on UN pages imports this module and must stay small (see
 * page-messages.ts).
 *
 * Who sent a message is read from what the browser says about the sender (never from the
 * message): only our own extension, and either one of its pages or a content script in a tab.
 */
export function senderKind(sender: Browser.runtime.MessageSender, ownId: string, ownOrigin: string): SenderKind | null {
  if (sender.id !== ownId) return null;
  if (sender.url?.startsWith(ownOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && sender.url !== undefined) return 'content-script';
  return null;
}
