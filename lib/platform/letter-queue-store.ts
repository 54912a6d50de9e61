import { sessionArea } from '@/lib/platform/session-storage';
import { parseQueue, type LetterQueue } from '@/lib/letters/queue';

const KEY = 'letterQueue';

export async function loadQueue(): Promise<LetterQueue | null> {
  return parseQueue((await sessionArea().get(KEY))[KEY]);
}

export async function saveQueue(queue: LetterQueue): Promise<void> {
  await sessionArea().set({ [KEY]: queue });
}

export async function clearQueue(): Promise<void> {
  await sessionArea().remove(KEY);
}
