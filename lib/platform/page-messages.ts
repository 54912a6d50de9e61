import { browser, type Browser } from 'wxt/browser';
import type { MessageBody, MessageResponse, MessageType } from '@/lib/messages';
import type { PageStateSummary, StateCardModel } from '@/lib/state-brief/types';
import type { PageMessages } from '@/lib/i18n/page';
import { senderKind } from './message-senders';

/**
 * The content script's side of lib/messages.ts, without zod: the script every UN page loads
 * must stay small, and what it receives is narrow enough to check by hand. Every message it
 * answers comes from an extension page (the popup, the background) with an empty body, which
 * the sender already checked against its schema on the way out; what it sends, the background
 * checks with the full schema.
 */
export const PAGE_ANSWERED = ['er:marking-status', 'er:open-panel'] as const satisfies readonly MessageType[];
type PageAnswered = (typeof PAGE_ANSWERED)[number];
export type PageHandlers = { [T in PageAnswered]: () => MessageResponse<T> };

/**
 * The decision for one incoming message: `undefined` when it is not ours to answer, else the
 * answer, or a rejection when the sender or the body is not what the message allows.
 */
export function routeInPage(
  handlers: PageHandlers,
  message: unknown,
  sender: Browser.runtime.MessageSender,
  own: { id: string; origin: string },
): Promise<unknown> | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, ...body } = message as Record<string, unknown>;
  const answered = PAGE_ANSWERED.find((t) => t === type);
  if (!answered) return undefined;
  if (senderKind(sender, own.id, own.origin) !== 'extension-page' || Object.keys(body).length > 0) {
    return Promise.reject(new Error(`${answered} is not accepted from this sender or with this body`));
  }
  return Promise.resolve(handlers[answered]());
}

/** Answers the popup's and the background's messages in this page; returns a function that stops. */
export function listenInPage(handlers: PageHandlers): () => void {
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/' as '/popup.html') };
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => routeInPage(handlers, message, sender, own);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The card asks the background to open a case or a letter (`er:open-page`, checked there). */
export async function askToOpenPage(path: string): Promise<void> {
  await browser.runtime.sendMessage({ type: 'er:open-page', path } satisfies { type: MessageType; path: string });
}

/**
 * What the card shows about a State, from the background (`er:state-card`, whose answer the
 * background checks against its schema before sending); null for a code that is not a State.
 */
export async function askStateCard(body: MessageBody<'er:state-card'>): Promise<StateCardModel | null> {
  return (await browser.runtime.sendMessage({ type: 'er:state-card', ...body })) as StateCardModel | null;
}

/** How each State the panel lists is linked to the campaign (`er:page-states`). */
export async function askPageStates(body: MessageBody<'er:page-states'>): Promise<PageStateSummary[]> {
  const answer = (await browser.runtime.sendMessage({ type: 'er:page-states', ...body })) as { states: PageStateSummary[] } | undefined;
  return answer?.states ?? [];
}

/** The card's and the panel's strings in one language (`er:page-strings`). */
export async function askPageStrings(body: MessageBody<'er:page-strings'>): Promise<PageMessages> {
  const answer = (await browser.runtime.sendMessage({ type: 'er:page-strings', ...body })) as { strings: PageMessages } | undefined;
  if (!answer?.strings) throw new Error('The background gave no strings for the card');
  return answer.strings;
}
