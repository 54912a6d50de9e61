import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18nContext';
import { activeTabDocument, type TabDocument } from '@/lib/platform/active-tab-document';
import './reader-offer.css';

/** In the popup, when the active tab shows a UN document: "Open with State marks", in that tab. */
export function OpenTabInReader() {
  const { t } = useI18n();
  const [found, setFound] = useState<TabDocument | null>(null);
  useEffect(() => {
    void activeTabDocument().then(setFound, () => setFound(null));
  }, []);
  if (!found) return null;
  const open = async () => {
    await browser.tabs.update(found.tabId, { url: browser.runtime.getURL(`/${found.path}` as '/reader.html') });
    window.close();
  };
  return (
    <aside class="reader-offer" aria-label={t('readerOpenTab')}>
      <p class="reader-offer__hint" id="reader-offer-hint">
        {t('readerOpenTabHint')}
      </p>
      <button type="button" class="button button--primary button--small reader-offer__open" aria-describedby="reader-offer-hint" onClick={() => void open()}>
        {t('readerOpenTab')}
      </button>
    </aside>
  );
}
