import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addPending, listPending, removePending, type PendingConfirmation } from './pending-confirmations';

const item = (n: number, createdAt = Date.now()): PendingConfirmation => ({
  actionId: `00000000-0000-4000-8000-00000000000${n}`,
  kind: n % 2 ? 'letter' : 'post',
  state: n % 2 ? 'BE' : null,
  channel: n % 2 ? 'gmail' : 'x',
  createdAt,
});

beforeEach(() => fakeBrowser.reset());

describe('pending "did it happen?" questions', () => {
  it('keeps each once, the latest opened last, until answered', async () => {
    await addPending(item(1));
    await addPending(item(2));
    await addPending(item(1));
    expect((await listPending()).map((p) => p.actionId)).toEqual([item(2).actionId, item(1).actionId]);
    await removePending(item(2).actionId);
    expect(await listPending()).toHaveLength(1);
  });

  it('forgets questions older than a month and ignores damaged storage', async () => {
    await addPending(item(3, 0));
    expect(await listPending(31 * 24 * 3600 * 1000)).toEqual([]);
    await fakeBrowser.storage.local.set({ pendingConfirmations: [{ actionId: 'nope' }] });
    expect(await listPending()).toEqual([]);
  });
});
