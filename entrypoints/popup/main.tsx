import '@/lib/zod-jitless';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/ui/extension-page.css';
import '@/components/letters/letter-flow.css';

// The same page serves the toolbar popup and a full tab; only the popup gets the fixed size.
function openedAsPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false;
  }
}
document.documentElement.classList.toggle('in-popup', openedAsPopup());

render(<PopupApp />, document.getElementById('app')!);
