import { browser } from 'wxt/browser';
import { STATES_PANEL_COMMAND } from './background/states-panel-command';

/**
 * In an extension page shown in a tab (the reader): calls `open` when the browser hands the
 * "States on this page" shortcut to the extension for this very tab (it never reaches the page
 * then). Returns what stops listening.
 */
export function onPanelCommandInThisTab(open: () => void): () => void {
  let stopped = false;
  const thisTab = browser.tabs.getCurrent().then((tab) => tab?.id, () => undefined);
  const onCommand = (command: string, tab?: { id?: number }) => {
    if (command !== STATES_PANEL_COMMAND) return;
    void thisTab.then((id) => {
      if (id !== undefined && tab?.id === id && !stopped) open();
    });
  };
  browser.commands?.onCommand.addListener(onCommand);
  return () => {
    stopped = true;
    browser.commands?.onCommand.removeListener(onCommand);
  };
}
