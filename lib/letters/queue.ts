import { z } from 'zod';
import { DATA_LANGUAGES, Iso2, type DataLanguage } from '@/lib/data/schema';

/**
 * Letters to several missions in a row. The queue is plain data kept in the browser's session
 * storage (lib/platform/letter-queue-store.ts) so it survives the popup closing when a mail tab opens; these pure
 * functions move through it.
 */
export const QUEUE_ITEM_STATUSES = ['pending', 'opened', 'sent', 'skipped'] as const;

export const QueueItem = z.object({
  iso2: Iso2,
  lang: z.enum(DATA_LANGUAGES),
  status: z.enum(QUEUE_ITEM_STATUSES),
  version: z.enum(['full', 'short']),
  personal: z.string().max(5000),
  /** The user's own text, when edited; absent: the suggested text. */
  edited: z.object({ subject: z.string().max(1000), body: z.string().max(50_000) }).optional(),
  /** The letter-drafted action recorded when the draft opened, for "mark as sent". */
  draftId: z.uuid().optional(),
});
export type QueueItem = z.infer<typeof QueueItem>;

export const LetterQueue = z.object({
  caseIds: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(20),
  items: z.array(QueueItem).min(1).max(195),
  current: z.number().int().nonnegative(),
});
export type LetterQueue = z.infer<typeof LetterQueue>;

export function createQueue(caseIds: readonly string[], missions: ReadonlyArray<{ iso2: string; lang: DataLanguage }>): LetterQueue {
  if (missions.length === 0) throw new Error('A queue needs at least one mission');
  const seen = new Set<string>();
  const items = missions
    .filter((m) => !seen.has(m.iso2) && seen.add(m.iso2))
    .map((m): QueueItem => ({ iso2: m.iso2, lang: m.lang, status: 'pending', version: 'full', personal: '' }));
  return { caseIds: [...caseIds], items, current: 0 };
}

/** A stored queue, or null when it is missing or damaged (the user then starts again). */
export function parseQueue(value: unknown): LetterQueue | null {
  const parsed = LetterQueue.safeParse(value);
  if (!parsed.success) return null;
  const queue = parsed.data;
  return { ...queue, current: Math.min(queue.current, queue.items.length - 1) };
}

export function currentItem(queue: LetterQueue): QueueItem {
  return queue.items[queue.current]!;
}

export function updateCurrent(queue: LetterQueue, patch: Partial<QueueItem>): LetterQueue {
  return { ...queue, items: queue.items.map((item, i) => (i === queue.current ? { ...item, ...patch } : item)) };
}

/** The next letter still to do after the current one (wrapping round), or -1 when none is left. */
function nextOpenIndex(queue: LetterQueue): number {
  const n = queue.items.length;
  for (let step = 1; step <= n; step++) {
    const i = (queue.current + step) % n;
    const status = queue.items[i]!.status;
    if (status === 'pending' || status === 'opened') return i;
  }
  return -1;
}

export function goTo(queue: LetterQueue, index: number): LetterQueue {
  return { ...queue, current: Math.max(0, Math.min(index, queue.items.length - 1)) };
}

export function next(queue: LetterQueue): LetterQueue {
  const i = nextOpenIndex(queue);
  return i < 0 ? queue : goTo(queue, i);
}

export function skip(queue: LetterQueue): LetterQueue {
  return next(updateCurrent(queue, { status: 'skipped' }));
}

export function markOpened(queue: LetterQueue, draftId: string): LetterQueue {
  const item = currentItem(queue);
  return updateCurrent(queue, { status: item.status === 'sent' ? 'sent' : 'opened', draftId });
}

export function markSent(queue: LetterQueue): LetterQueue {
  return next(updateCurrent(queue, { status: 'sent' }));
}

export interface QueueProgress {
  total: number;
  sent: number;
  opened: number;
  skipped: number;
  /** Letters neither sent nor skipped. */
  remaining: number;
  finished: boolean;
}

export function progress(queue: LetterQueue): QueueProgress {
  const count = (status: QueueItem['status']) => queue.items.filter((i) => i.status === status).length;
  const sent = count('sent');
  const skipped = count('skipped');
  const opened = count('opened');
  const remaining = queue.items.length - sent - skipped;
  return { total: queue.items.length, sent, opened, skipped, remaining, finished: count('pending') === 0 };
}
