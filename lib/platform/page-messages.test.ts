import { describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '@/lib/messages';
import { PAGE_ANSWERED, routeInPage, type PageHandlers } from './page-messages';

const own = { id: 'ext', origin: 'chrome-extension://ext/' };
const fromPopup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const fromPage = { id: 'ext', url: 'https://www.ohchr.org/en', tab: { id: 4 } as never };

function handlers(): PageHandlers {
  return {
    'er:marking-status': vi.fn(() => ({ host: 'www.ohchr.org', on: true, marks: 3 })),
    'er:open-panel': vi.fn(() => ({ opened: true })),
  };
}

describe('the content script’s message router', () => {
  it('answers only messages the typed module declares as sent by extension pages with an empty body', () => {
    for (const type of PAGE_ANSWERED) {
      expect(MESSAGES[type].from).toBe('extension-page');
      expect(MESSAGES[type].request.safeParse({}).success).toBe(true);
      expect(MESSAGES[type].request.safeParse({ extra: 1 }).success).toBe(true);
    }
  });

  it('answers the popup, and its answer fits the declared response', async () => {
    const h = handlers();
    const status = await routeInPage(h, { type: 'er:marking-status' }, fromPopup, own);
    expect(MESSAGES['er:marking-status'].response.parse(status)).toEqual({ host: 'www.ohchr.org', on: true, marks: 3 });
    expect(MESSAGES['er:open-panel'].response.parse(await routeInPage(h, { type: 'er:open-panel' }, fromPopup, own))).toEqual({ opened: true });
  });

  it('refuses the same message from a content script, another extension or with a body', async () => {
    const h = handlers();
    await expect(routeInPage(h, { type: 'er:open-panel' }, fromPage, own)).rejects.toThrow(/not accepted/);
    await expect(routeInPage(h, { type: 'er:open-panel' }, { ...fromPopup, id: 'other' }, own)).rejects.toThrow(/not accepted/);
    await expect(routeInPage(h, { type: 'er:open-panel', path: 'x' }, fromPopup, own)).rejects.toThrow(/not accepted/);
    expect(h['er:open-panel']).not.toHaveBeenCalled();
  });

  it('leaves other messages to other listeners', () => {
    const h = handlers();
    expect(routeInPage(h, { type: 'er:open-page', path: 'popup.html#/case/viasna' }, fromPopup, own)).toBeUndefined();
    expect(routeInPage(h, null, fromPopup, own)).toBeUndefined();
    expect(routeInPage(h, 'er:open-panel', fromPopup, own)).toBeUndefined();
  });
});
