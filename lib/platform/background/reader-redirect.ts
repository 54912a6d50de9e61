import { browser } from 'wxt/browser';
import { loadSettings, onSettingsChanged } from '@/lib/platform/settings-store';
import { READER_PAGE } from '@/lib/reader/package-paths';
import { readerPath } from '@/lib/reader/reader-address';
import { canRedirectPdfs, READER_RULE_IDS, readerRedirectRules, shouldOpenInReader, type NavigationResponse } from '@/lib/reader/redirect-rules';
import { UN_SITE_MATCHES } from '@/lib/un-sites';

const isFirefox = import.meta.env.FIREFOX === true;

/** Chrome: the two dynamic rules, present exactly while the option is on. */
async function syncChromeRules(on: boolean): Promise<void> {
  const dnr = browser.declarativeNetRequest;
  const addRules = on ? readerRedirectRules(browser.runtime.getURL(`/${READER_PAGE}`), browser.runtime.id) : [];
  await dnr.updateDynamicRules({ removeRuleIds: [...READER_RULE_IDS], addRules: addRules as unknown as Parameters<typeof dnr.updateDynamicRules>[0]['addRules'] });
}

function firefoxListener(details: NavigationResponse & { tabId: number }) {
  if (!shouldOpenInReader(details, browser.runtime.getURL('/'))) return {};
  return { redirectUrl: browser.runtime.getURL(`/${readerPath({ src: details.url })}` as '/reader.html') };
}

/** Firefox (persistent background page): the blocking listener, added exactly while the option is on. */
function syncFirefoxListener(on: boolean): void {
  const event = browser.webRequest.onHeadersReceived;
  const listener = firefoxListener as unknown as Parameters<typeof event.addListener>[0];
  if (on && !event.hasListener(listener)) {
    event.addListener(listener, { urls: UN_SITE_MATCHES, types: ['main_frame'] }, ['blocking', 'responseHeaders']);
  } else if (!on && event.hasListener(listener)) {
    event.removeListener(listener);
  }
}

/** Applies the "open UN PDFs in the reader" option now and whenever it changes. */
export function registerReaderRedirect(): void {
  const apply = (on: boolean) => {
    const wanted = on && canRedirectPdfs(isFirefox, navigator.userAgent);
    if (isFirefox) syncFirefoxListener(wanted);
    else void syncChromeRules(wanted).catch((error: unknown) => console.error('EndReprisals: reader redirect', error));
  };
  void loadSettings().then((settings) => apply(settings.openUnPdfsInReader));
  onSettingsChanged((settings) => apply(settings.openUnPdfsInReader));
}
