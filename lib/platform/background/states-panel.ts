import { browser } from 'wxt/browser';
import { sendToTab } from '@/lib/platform/messaging';
import { STATES_PANEL_COMMAND } from './states-panel-command';

/**
 * Asks the content script of a tab to open "States on this page". Pages without our content
 * script (not a UN site, marking never started) have nobody to answer: nothing happens.
 */
export async function openStatesPanel(tabId: number | undefined): Promise<boolean> {
  let id = tabId;
  if (id === undefined) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    id = active?.id;
  }
  if (id === undefined) return false;
  try {
    return (await sendToTab(id, 'er:open-panel', {})).opened;
  } catch {
    return false;
  }
}

export function registerStatesPanelCommand(): void {
  // The keyboard shortcut: the browser hands the command to us, never to the page.
  browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
    if (command === STATES_PANEL_COMMAND) void openStatesPanel(tab?.id);
  });
}
