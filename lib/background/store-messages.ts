import { z } from 'zod';
import { browser } from 'wxt/browser';
import { Action } from '@/lib/actions/schema';
import { recordAction } from '@/lib/store/actions';

/**
 * What a content script may ask the store to record. Content scripts run in the page's origin,
 * where IndexedDB would be the page's, so they message the background instead. The background
 * chooses the id and time; a page cannot backdate or overwrite an action.
 */
export const RecordActionMessage = z.object({
  type: z.literal('er:record-action'),
  action: Action.omit({ id: true, createdAt: true }),
});
export type RecordActionMessage = z.infer<typeof RecordActionMessage>;

export type RecordActionResponse = { ok: true; action: Action } | { ok: false; error: string };

export async function handleRecordAction(message: unknown): Promise<RecordActionResponse> {
  const parsed = RecordActionMessage.safeParse(message);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  return { ok: true, action: await recordAction(parsed.data.action) };
}

export function registerStoreMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if ((message as { type?: unknown } | null)?.type !== 'er:record-action') return undefined;
    if (sender.id !== browser.runtime.id) return undefined;
    return handleRecordAction(message);
  });
}
