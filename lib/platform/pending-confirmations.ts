import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { MAIL_PROVIDERS, SOCIAL_NETWORKS } from '@/lib/settings';

/**
 * Letters and posts the user opened (a draft in their mail, a post in a network) but that we
 * cannot see being sent: the next time the popup opens it asks once whether they were, so "sent"
 * and "published" are recorded by the user, not guessed. (zod/mini: the popup's first view reads it.)
 */
export const PendingConfirmation = z.object({
  /** The letter-drafted or post action. */
  actionId: z.uuid(),
  kind: z.enum(['letter', 'post']),
  state: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/))),
  channel: z.enum([...MAIL_PROVIDERS, ...SOCIAL_NETWORKS]),
  createdAt: z.int().check(z.nonnegative()),
});
export type PendingConfirmation = z.infer<typeof PendingConfirmation>;

const KEY = 'pendingConfirmations';
/** Older questions are dropped: after this long the answer would be a guess. */
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
const MAX_ITEMS = 20;

function parseList(value: unknown, now: number): PendingConfirmation[] {
  const parsed = z.array(PendingConfirmation).safeParse(value);
  return parsed.success ? parsed.data.filter((p) => now - p.createdAt < MAX_AGE_MS) : [];
}

export async function listPending(now: number = Date.now()): Promise<PendingConfirmation[]> {
  return parseList((await browser.storage.local.get(KEY))[KEY], now);
}

export async function addPending(item: PendingConfirmation): Promise<void> {
  const list = (await listPending(item.createdAt)).filter((p) => p.actionId !== item.actionId);
  await browser.storage.local.set({ [KEY]: [...list, item].slice(-MAX_ITEMS) });
}

export async function removePending(actionId: string): Promise<void> {
  const list = await listPending();
  await browser.storage.local.set({ [KEY]: list.filter((p) => p.actionId !== actionId) });
}
