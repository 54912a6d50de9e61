import { z } from 'zod';
import { browser } from 'wxt/browser';

/**
 * Content scripts cannot open extension pages themselves (a web page may not link to them), so
 * they ask the background. Only our own pages may be opened this way, never an arbitrary URL a
 * page could slip into the message.
 */
export const OpenPageMessage = z.object({
  type: z.literal('er:open-page'),
  path: z
    .string()
    .max(2000)
    .regex(
      // The reader (#11) takes a document address; it fetches from UN sites only, whatever it is given.
      /^(?:(popup|options|dashboard)\.html(#\/[^\s]*)?|reader\.html\?src=[^\s#]+)$/,
      'one of our pages, e.g. popup.html#/case/viasna',
    ),
});
export type OpenPageMessage = z.infer<typeof OpenPageMessage>;

export type OpenPageResponse = { ok: true } | { ok: false; error: string };

/** Opens `path` (one of our pages) in a new tab next to the tab that asked, if any. */
export async function openExtensionPage(path: string, openerTab?: { id?: number; index?: number; windowId?: number }): Promise<void> {
  await browser.tabs.create({
    url: browser.runtime.getURL(`/${path}` as '/popup.html'),
    ...(openerTab?.index !== undefined ? { index: openerTab.index + 1 } : {}),
    ...(openerTab?.windowId !== undefined ? { windowId: openerTab.windowId } : {}),
    ...(openerTab?.id !== undefined ? { openerTabId: openerTab.id } : {}),
  });
}

export async function handleOpenPage(message: unknown, openerTab?: { id?: number; index?: number; windowId?: number }): Promise<OpenPageResponse> {
  const parsed = OpenPageMessage.safeParse(message);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  await openExtensionPage(parsed.data.path, openerTab);
  return { ok: true };
}

export function registerOpenPage(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if ((message as { type?: unknown } | null)?.type !== 'er:open-page') return undefined;
    if (sender.id !== browser.runtime.id) return undefined;
    return handleOpenPage(message, sender.tab);
  });
}
