// zod/mini, as in lib/messages.ts: the background's bundle stays small.
import * as z from 'zod/mini';
import { browser, type Browser } from 'wxt/browser';
import { MESSAGES, type MessageBody, type MessageResponse, type MessageType } from '@/lib/messages';
import { senderKind } from './message-senders';

/**
 * The browser side of lib/messages.ts: `send`/`sendToTab` check both directions against the
 * schemas; `listen` is the one router: it answers only the types it is given, only from the
 * allowed senders, only after the message parsed.
 */
export { senderKind };

type Sender = Browser.runtime.MessageSender;
export type Handler<T extends MessageType> = (
  body: z.output<(typeof MESSAGES)[T]['request']>,
  sender: Sender,
) => MessageResponse<T> | Promise<MessageResponse<T>>;

function envelope<T extends MessageType>(type: T, body: MessageBody<T>): Record<string, unknown> {
  // Checked on the way out too: a malformed message is a bug here, not something to send.
  return { ...MESSAGES[type].request.parse(body), type };
}

function answer<T extends MessageType>(type: T, response: unknown): MessageResponse<T> {
  return MESSAGES[type].response.parse(response) as MessageResponse<T>;
}

/** Sends a message to the background (and any open extension page) and checks the answer. */
export async function send<T extends MessageType>(type: T, body: MessageBody<T>): Promise<MessageResponse<T>> {
  return answer(type, await browser.runtime.sendMessage(envelope(type, body)));
}

/** Sends a message to the content scripts of one tab and checks the answer. */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, body: MessageBody<T>): Promise<MessageResponse<T>> {
  return answer(type, await browser.tabs.sendMessage(tabId, envelope(type, body)));
}

export class MessageRefused extends Error {
  override name = 'MessageRefused';
}

/**
 * The decision for one incoming message: `undefined` when it is not one of the given types (another
 * listener may answer it), else the handler's answer, or a rejection saying why it was refused.
 */
export function route(
  handlers: { [T in MessageType]?: Handler<T> },
  message: unknown,
  sender: Sender,
  own: { id: string; origin: string },
): Promise<unknown> | undefined {
  const type = typeof message === 'object' && message !== null ? (message as Record<string, unknown>).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(handlers, type) || !Object.hasOwn(MESSAGES, type)) return undefined;
  const messageType = type as MessageType;
  const definition = MESSAGES[messageType];
  if (senderKind(sender, own.id, own.origin) !== definition.from) {
    return Promise.reject(new MessageRefused(`${messageType} is not accepted from this sender`));
  }
  const { type: _type, ...body } = message as Record<string, unknown>;
  const parsed = definition.request.safeParse(body);
  if (!parsed.success) return Promise.reject(new MessageRefused(`${messageType}: ${z.prettifyError(parsed.error)}`));
  const handler = handlers[messageType] as Handler<MessageType>;
  return Promise.resolve()
    .then(() => handler(parsed.data as never, sender))
    .then((response) => answer(messageType, response));
}

/** Answers the given message types in this part of the extension; returns a function that stops. */
export function listen(handlers: { [T in MessageType]?: Handler<T> }): () => void {
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/' as '/popup.html') };
  const listener = (message: unknown, sender: Sender) => route(handlers, message, sender, own);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
