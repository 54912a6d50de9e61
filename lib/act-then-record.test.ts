import { describe, expect, it, vi } from 'vitest';
import { actThenRecord, tryRecord } from './act-then-record';

describe('actThenRecord', () => {
  it('acts before recording and reports a recorded action', async () => {
    const order: string[] = [];
    const result = await actThenRecord(
      async () => (order.push('act'), 'tab 7'),
      async () => order.push('record'),
    );
    expect(order).toEqual(['act', 'record']);
    expect(result).toEqual({ acted: 'tab 7', recorded: { ok: true } });
  });

  it('still acts, and says why, when recording fails or throws at once', async () => {
    const act = vi.fn(async () => 'opened');
    const quota = await actThenRecord(act, () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')));
    expect(quota).toEqual({ acted: 'opened', recorded: { ok: false, detail: 'QuotaExceededError: The quota has been exceeded.' } });
    const sync = await actThenRecord(act, () => {
      throw new Error('IndexedDB is not available');
    });
    expect(sync.recorded).toEqual({ ok: false, detail: 'IndexedDB is not available' });
    expect(act).toHaveBeenCalledTimes(2);
  });

  it('records nothing when the act fails', async () => {
    const record = vi.fn(async () => {});
    await expect(actThenRecord(() => Promise.reject(new Error('no tab')), record)).rejects.toThrow('no tab');
    expect(record).not.toHaveBeenCalled();
  });
});

it('gives up on a record that never answers', async () => {
  vi.useFakeTimers();
  try {
    const pending = tryRecord(() => new Promise(() => {}), 4000);
    await vi.advanceTimersByTimeAsync(4000);
    expect(await pending).toEqual({ ok: false, detail: 'TimeoutError: no answer after 4 s' });
  } finally {
    vi.useRealTimers();
  }
});
