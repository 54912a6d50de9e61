// zod/mini, as in settings.ts: the background's bundle stays small.
import * as z from 'zod/mini';
import { browser, type Browser } from 'wxt/browser';
import { formatRoute, parseRoute } from './router';
import { parseReaderRequest, readerPath } from './reader/reader-address';
import { unDocumentAddress } from './reader/un-documents';

/**
 * Every message between the parts of the extension: each a zod schema for what is sent and what
 * comes back, and who may send it. `send`/`sendToTab` check both directions; `listen` is the one
 * router: it answers only the types it is given, only from the allowed senders, only after the
 * message parsed.
 *
 * Senders: an extension page (popup, options, dashboard, the background) runs at the extension's
 * own origin; a content script runs in a web page's tab and can be reached by what that page does,
 * so what it may ask for is kept narrow.
 */
import { senderKind, type SenderKind } from './message-senders';
import { PageStateSummarySchema, PageStatesRequest, StateCardModelSchema, StateCardRequest } from './state-brief/schemas';
import { UI_LANGUAGES } from './i18n/languages';

export { senderKind, type SenderKind };

/** A page of the popup a content script may open: a case, or a letter to a State's mission. */
export const PopupActionPath = z.string().check(
  z.maxLength(500),
  z.refine(
    (path: string) => {
      const hash = /^popup\.html(#\/.*)$/.exec(path)?.[1];
      if (!hash) return false;
      const route = parseRoute(hash);
      return (route.name === 'case' || route.name === 'letter') && formatRoute(route) === hash;
    },
    { message: 'must be the popup’s case or letter page, e.g. popup.html#/case/viasna' },
  ),
);

/** The reader on a UN document, as readerPath writes it: "reader.html?src=<encoded UN address>&lang=fr". */
export const ReaderDocumentPath = z.string().check(
  z.maxLength(2000),
  z.refine(
    (path: string) => {
      const query = /^reader\.html(\?[^#\s]*)$/.exec(path)?.[1];
      const request = query ? parseReaderRequest(query, '') : null;
      return request !== null && unDocumentAddress(request.src) !== null && readerPath(request) === path;
    },
    { message: 'must be the reader on a UN document, e.g. reader.html?src=https%3A%2F%2Fundocs.org%2FA%2FHRC%2F51%2F47' },
  ),
);

export const MarkingStatus = z.object({
  host: z.string().check(z.maxLength(253)),
  /** Marking is switched on for this host. */
  on: z.boolean(),
  marks: z.int().check(z.nonnegative()),
});
export type MarkingStatus = z.infer<typeof MarkingStatus>;

export const MESSAGES = {
  /** A card on a UN page asks the background to open a case or a letter in a new tab. */
  'er:open-page': {
    from: 'content-script',
    request: z.object({ path: z.union([PopupActionPath, ReaderDocumentPath]) }),
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true) }),
      z.object({ ok: z.literal(false), error: z.enum(['too-many', 'unknown-page']) }),
    ]),
  },
  /**
   * A card on a UN page asks the background what to show about a State: its cases, who raised
   * what, reports, statement paragraphs (built there from the data pack, which the content script
   * does not carry). Public data only; `null` for a code that is not a State.
   */
  'er:state-card': {
    from: 'content-script',
    request: StateCardRequest,
    response: z.nullable(StateCardModelSchema),
  },
  /** "States on this page" asks the background how each State it lists is linked to the campaign. */
  'er:page-states': {
    from: 'content-script',
    request: PageStatesRequest,
    response: z.object({ states: z.array(PageStateSummarySchema) }),
  },
  /**
   * The card and the panel on a UN page ask for their strings in the user's language: the content
   * script carries none (lib/i18n/page.ts).
   */
  'er:page-strings': {
    from: 'content-script',
    request: z.object({ lang: z.enum(UI_LANGUAGES) }),
    response: z.object({ strings: z.record(z.string(), z.string()) }),
  },
  /** The popup asks the content script of the active tab which site it is on and what it marked. */
  'er:marking-status': {
    from: 'extension-page',
    request: z.object({}),
    response: MarkingStatus,
  },
  /** The shortcut, the context menu or the popup asks a tab's content script to open "States on this page". */
  'er:open-panel': {
    from: 'extension-page',
    request: z.object({}),
    response: z.object({ opened: z.boolean() }),
  },
} as const satisfies Record<string, { from: SenderKind; request: z.ZodMiniObject; response: z.ZodMiniType }>;

export type MessageType = keyof typeof MESSAGES;
export type MessageBody<T extends MessageType> = z.input<(typeof MESSAGES)[T]['request']>;
export type MessageResponse<T extends MessageType> = z.output<(typeof MESSAGES)[T]['response']>;
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
