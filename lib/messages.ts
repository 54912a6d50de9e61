// zod/mini, as in settings.ts: the background's bundle stays small.
import * as z from 'zod/mini';
import { formatRoute, parseRoute } from './router';
import { parseReaderRequest, readerPath } from './reader/reader-address';
import { unDocumentAddress } from './reader/un-documents';

/**
 * Every message between the parts of the extension: each a zod schema for what is sent and what
 * comes back, and who may send it. The browser side (send, sendToTab and the one router, listen)
 * is lib/platform/messaging.ts: it checks both directions against these schemas.
 *
 * Senders: an extension page (popup, options, dashboard, the background) runs at the extension's
 * own origin; a content script runs in a web page's tab and can be reached by what that page does,
 * so what it may ask for is kept narrow.
 */
import { PageStateSummarySchema, PageStatesRequest, StateCardModelSchema, StateCardRequest } from './state-brief/schemas';
import { UI_LANGUAGES } from './i18n/languages';

export type SenderKind = 'extension-page' | 'content-script';

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
