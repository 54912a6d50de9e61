import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openStatesPanel } from './states-panel';

let sent: Array<[number, unknown]>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  sent = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
    if (tabId === 99) throw new Error('Could not establish connection. Receiving end does not exist.');
    sent.push([tabId, message]);
    return { opened: true };
  }) as never);
});

describe('openStatesPanel', () => {
  it('asks the content script of the tab the shortcut or menu came from', async () => {
    expect(await openStatesPanel(7)).toBe(true);
    expect(sent).toEqual([[7, { type: 'er:open-panel' }]]);
  });

  it('asks the active tab when no tab came with the command', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 12, index: 0, active: true }]) as never);
    expect(await openStatesPanel(undefined)).toBe(true);
    expect(sent).toEqual([[12, { type: 'er:open-panel' }]]);
  });

  it('does nothing, and says so, on a page without our content script', async () => {
    expect(await openStatesPanel(99)).toBe(false);
    expect(sent).toEqual([]);
  });
});
