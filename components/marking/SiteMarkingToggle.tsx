import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18nContext';
import { loadSettings, onSettingsChanged, updateSettings } from '@/lib/settings-store';
import type { Settings } from '@/lib/settings';
import { MARKING_STATUS_MESSAGE, OPEN_PANEL_MESSAGE, withSiteMarking, type MarkingStatus } from '@/lib/marking/site-switch';

/**
 * Asks the content script in the active tab which site it is on. Needs no "tabs" permission:
 * the tab's URL is never read, and on pages without our content script nothing answers.
 */
async function activePageStatus(): Promise<(MarkingStatus & { tabId: number }) | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const status = (await browser.tabs.sendMessage(tab.id, { type: MARKING_STATUS_MESSAGE })) as MarkingStatus | undefined;
    return status && typeof status.host === 'string' ? { ...status, tabId: tab.id } : null;
  } catch {
    return null;
  }
}

/** Switches marking of State names on and off: everywhere, and for the site in the active tab. */
export function SiteMarkingToggle() {
  const { t } = useI18n();
  const [marking, setMarking] = useState<Settings['marking'] | null>(null);
  const [page, setPage] = useState<(MarkingStatus & { tabId: number }) | null>(null);

  useEffect(() => {
    void loadSettings().then((s) => setMarking(s.marking));
    void activePageStatus().then(setPage);
    return onSettingsChanged((s) => setMarking(s.marking));
  }, []);

  if (!marking) return null;
  const siteOn = page ? !marking.disabledHosts.includes(page.host) : false;

  return (
    <fieldset class="er-marking-toggle">
      <label class="er-switch">
        <input
          type="checkbox"
          checked={marking.enabled}
          onChange={(e) => void updateSettings({ marking: { ...marking, enabled: e.currentTarget.checked } })}
        />
        <span>{t('markingToggleGlobal')}</span>
      </label>
      {page ? (
        <label class="er-switch">
          <input
            type="checkbox"
            checked={siteOn}
            disabled={!marking.enabled}
            onChange={(e) => void updateSettings({ marking: withSiteMarking(marking, page.host, e.currentTarget.checked) })}
          />
          <span>{t('markingToggleSite', { host: page.host })}</span>
        </label>
      ) : null}
      {page && marking.enabled && siteOn ? (
        <button
          type="button"
          class="er-states-panel-button"
          onClick={() => {
            // The page's own content script opens the panel; the popup gets out of the way.
            void browser.tabs
              .sendMessage(page.tabId, { type: OPEN_PANEL_MESSAGE })
              .catch(() => undefined)
              .then(() => window.close());
          }}
        >
          {t('statesPanelOpen')}
        </button>
      ) : page ? null : (
        <p class="er-hint">{t('markingToggleNoPage')}</p>
      )}
    </fieldset>
  );
}
