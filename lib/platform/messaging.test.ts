import { describe, expect, it, vi } from 'vitest';
import { route, senderKind, type Handler } from './messaging';

const own = { id: 'our-id', origin: 'chrome-extension://our-id/' };
const contentScript = { id: 'our-id', url: 'https://www.ohchr.org/en/reprisals', tab: { id: 4, index: 0 } as never, frameId: 0 };
const popup = { id: 'our-id', url: 'chrome-extension://our-id/popup.html#/' };
const popupInTab = { ...popup, tab: { id: 9, index: 1 } as never };

describe('senderKind', () => {
  it('tells extension pages from content scripts by what the browser says of the sender', () => {
    expect(senderKind(popup, own.id, own.origin)).toBe('extension-page');
    expect(senderKind(popupInTab, own.id, own.origin)).toBe('extension-page');
    expect(senderKind(contentScript, own.id, own.origin)).toBe('content-script');
    expect(senderKind({ ...contentScript, id: 'other-extension' }, own.id, own.origin)).toBeNull();
    expect(senderKind({ id: 'our-id' }, own.id, own.origin)).toBeNull();
    expect(senderKind({ ...contentScript, url: 'chrome-extension://other-id/popup.html' }, own.id, own.origin)).toBe('content-script');
  });
});

describe('route', () => {
  const openPage = vi.fn<Handler<'er:open-page'>>(async () => ({ ok: true as const }));
  const handlers = { 'er:open-page': openPage };

  it('leaves other messages to other listeners', () => {
    for (const message of [null, 'er:open-page', {}, { type: 'er:marking-status' }, { type: 'toString' }, { type: '__proto__' }]) {
      expect(route(handlers, message, contentScript, own)).toBeUndefined();
    }
  });

  it('answers a valid message from the allowed sender, checking the answer', async () => {
    await expect(route(handlers, { type: 'er:open-page', path: 'popup.html#/case/viasna' }, contentScript, own)).resolves.toEqual({ ok: true });
    expect(openPage).toHaveBeenCalledWith({ path: 'popup.html#/case/viasna' }, contentScript);
    const broken = { 'er:open-page': (async () => ({ ok: 'yes' })) as unknown as Handler<'er:open-page'> };
    await expect(route(broken, { type: 'er:open-page', path: 'popup.html#/case/viasna' }, contentScript, own)).rejects.toThrow();
  });

  it('refuses a message from a sender it is not for, or that does not parse, without calling the handler', async () => {
    openPage.mockClear();
    await expect(route(handlers, { type: 'er:open-page', path: 'popup.html#/case/viasna' }, popup, own)).rejects.toThrow(/not accepted/);
    await expect(route(handlers, { type: 'er:open-page', path: 'popup.html#/case/viasna' }, { ...contentScript, id: 'x' }, own)).rejects.toThrow(/not accepted/);
    await expect(route(handlers, { type: 'er:open-page', path: 'options.html' }, contentScript, own)).rejects.toThrow(/path/);
    await expect(route(handlers, { type: 'er:open-page' }, contentScript, own)).rejects.toThrow(/path/);
    const status = { 'er:marking-status': () => ({ host: 'news.un.org', on: true, marks: 3 }) };
    await expect(route(status, { type: 'er:marking-status' }, contentScript, own)).rejects.toThrow(/not accepted/);
    await expect(route(status, { type: 'er:marking-status' }, popup, own)).resolves.toEqual({ host: 'news.un.org', on: true, marks: 3 });
    expect(openPage).not.toHaveBeenCalled();
  });
});
