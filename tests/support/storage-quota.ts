import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

/** Chrome's limit on one storage.sync item: its key plus its JSON, in UTF-8 bytes. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * Makes the fake storage.sync refuse, as Chrome does, a write with an item over 8 KB; the fake
 * browser itself enforces no quota. Nothing of a refused write is stored.
 */
export function enforceSyncQuotaPerItem(): void {
  const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(items)) {
      if (bytes(key) + bytes(JSON.stringify(value)) > SYNC_QUOTA_BYTES_PER_ITEM) {
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
    }
    return set(items);
  });
}
