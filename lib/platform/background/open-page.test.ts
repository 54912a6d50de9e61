import { expect, it, vi } from 'vitest';
import { createRateLimiter } from '@/lib/rate-limit';
import { createOpenPageHandler, OPEN_PAGE_LIMIT } from './open-page';

const tab = (id: number) => ({ id: 'our-id', url: 'https://news.un.org/en/', tab: { id, index: 2, windowId: 1 } as never, frameId: 0 });

it('opens a case or a letter next to the tab that asked', async () => {
  const open = vi.fn(async () => {});
  const handle = createOpenPageHandler(open);
  expect(await handle({ path: 'popup.html#/case/viasna' }, tab(1))).toEqual({ ok: true });
  expect(open).toHaveBeenLastCalledWith('popup.html#/case/viasna', { id: 1, index: 2, windowId: 1 });
  expect(await handle({ path: 'popup.html#/letter?state=EG&cases=ibrahim-metwally-hegazy' }, tab(2))).toEqual({ ok: true });
});

it('refuses a case or State we do not have', async () => {
  const open = vi.fn(async () => {});
  const handle = createOpenPageHandler(open);
  for (const path of ['popup.html#/case/no-such-case', 'popup.html#/letter?state=XX', 'popup.html#/letter?state=FR&cases=viasna,nope']) {
    expect(await handle({ path }, tab(1)), path).toEqual({ ok: false, error: 'unknown-page' });
  }
  expect(open).not.toHaveBeenCalled();
});

it('opens only a few pages in a row per tab', async () => {
  let time = 1_000;
  const open = vi.fn(async () => {});
  const handle = createOpenPageHandler(open, createRateLimiter({ ...OPEN_PAGE_LIMIT, now: () => time }));
  const results = [];
  for (let i = 0; i < 5; i++) results.push((await handle({ path: 'popup.html#/case/viasna' }, tab(1))).ok);
  expect(results).toEqual([true, true, true, false, false]);
  // Another tab has its own count; the first tab may open again once the window has passed.
  expect((await handle({ path: 'popup.html#/case/viasna' }, tab(2))).ok).toBe(true);
  time += OPEN_PAGE_LIMIT.windowMs;
  expect((await handle({ path: 'popup.html#/case/viasna' }, tab(1))).ok).toBe(true);
  expect(open).toHaveBeenCalledTimes(5);
});

it('opens the reader on a UN document', async () => {
  const open = vi.fn(async () => {});
  const handle = createOpenPageHandler(open);
  const path = 'reader.html?src=https%3A%2F%2Fundocs.org%2FA%2FHRC%2F51%2F47&lang=fr';
  expect(await handle({ path }, tab(1))).toEqual({ ok: true });
  expect(open).toHaveBeenLastCalledWith(path, { id: 1, index: 2, windowId: 1 });
});
