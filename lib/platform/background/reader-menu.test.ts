import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { READER_MENU_ID, readerPathForLink, registerReaderMenu } from './reader-menu';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

it('maps links to UN documents to the reader, and nothing else', () => {
  const pdf = 'https://documents.un.org/doc/undoc/gen/g22/411/52/pdf/g2241152.pdf';
  expect(readerPathForLink(pdf)).toBe(`reader.html?src=${encodeURIComponent(pdf)}`);
  expect(readerPathForLink('https://undocs.org/A/HRC/51/47')).toBe('reader.html?src=https%3A%2F%2Fundocs.org%2FA%2FHRC%2F51%2F47');
  expect(readerPathForLink('https://example.org/a.pdf')).toBeNull();
  expect(readerPathForLink('https://www.un.org/en/about-us')).toBeNull();
  expect(readerPathForLink(undefined)).toBeNull();
});

it('opens the clicked link in the reader, next to the tab it was clicked in', async () => {
  const create = vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((async () => ({})) as never);
  // The fake browser has no context menus: the listener is captured and called as the browser would.
  let onClicked: ((info: object, tab: object) => void) | undefined;
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(((listener: typeof onClicked) => {
    onClicked = listener;
  }) as never);
  registerReaderMenu();
  const tab = { id: 7, index: 2, windowId: 1 };
  onClicked!({ menuItemId: READER_MENU_ID, linkUrl: 'https://undocs.org/A/HRC/51/47', editable: false }, tab);
  onClicked!({ menuItemId: READER_MENU_ID, linkUrl: 'https://example.org/a.pdf', editable: false }, tab);
  onClicked!({ menuItemId: 'something-else', linkUrl: 'https://undocs.org/A/HRC/51/47', editable: false }, tab);
  await Promise.resolve();
  expect(create).toHaveBeenCalledTimes(1);
  expect(create.mock.calls[0]![0]).toMatchObject({
    url: expect.stringMatching(/\/reader\.html\?src=https%3A%2F%2Fundocs\.org%2FA%2FHRC%2F51%2F47$/),
    index: 3,
    windowId: 1,
    openerTabId: 7,
  });
});
