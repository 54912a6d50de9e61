import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18nContext';
import { errorDetail } from '@/lib/error-detail';
import { loadSettings, onSettingsChanged, updateSettings } from '@/lib/platform/settings-store';
import type { Settings } from '@/lib/settings';
import { withSiteMarking } from '@/lib/marking/site-switch';
import type { MarkingStatus } from '@/lib/messages';
import { sendToTab } from '@/lib/platform/messaging';

/**
 * Asks the content script in the active tab which site it is on. Needs no "tabs" permission:
 * the tab's URL is never read, and on pages without our content script nothing answers.
 */
async function activePageStatus(): Promise<(MarkingStatus & { tabId: number }) | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const status = await sendToTab(tab.id, 'er:marking-status', {});
    return { ...status, tabId: tab.id };
  } catch {
    return null;
  }
}

/** Switches marking of State names on and off: everywhere, and for the site in the active tab. */
export function SiteMarkingToggle() {
  const { t } = useI18n();
  const [marking, setMarking] = useState<Settings['marking'] | null>(null);
  const [page, setPage] = useState<(MarkingStatus & { tabId: number }) | null>(null);
  const [saveProblem, setSaveProblem] = useState('');
  const save = (next: Settings['marking']) =>
    void updateSettings({ marking: next }).then(
      () => setSaveProblem(''),
      (error: unknown) => setSaveProblem(t('problemSettingsNotSaved', { detail: errorDetail(error) })),
    );

  useEffect(() => {
    void loadSettings().then((s) => setMarking(s.marking));
    void activePageStatus().then(setPage);
    return onSettingsChanged((s) => setMarking(s.marking));
  }, []);

  if (!marking) return null;
  const siteOn = page ? !marking.disabledHosts.includes(page.host) : false;

  return (
    <fieldset class="marking-toggle">
      <label class="marking-toggle__switch">
        <input
          type="checkbox"
          checked={marking.enabled}
          onChange={(e) => save({ ...marking, enabled: e.currentTarget.checked })}
        />
        <span>{t('markingToggleGlobal')}</span>
      </label>
      {page ? (
        <label class="marking-toggle__switch">
          <input
            type="checkbox"
            checked={siteOn}
            disabled={!marking.enabled}
            onChange={(e) => save(withSiteMarking(marking, page.host, e.currentTarget.checked))}
          />
          <span>{t('markingToggleSite', { host: page.host })}</span>
        </label>
      ) : null}
      {page && marking.enabled && siteOn ? (
        <button
          type="button"
          class="button button--small marking-toggle__panel-button"
          onClick={() => {
            // The page's own content script opens the panel; the popup gets out of the way.
            void sendToTab(page.tabId, 'er:open-panel', {})
              .catch(() => undefined)
              .then(() => window.close());
          }}
        >
          {t('statesPanelOpen')}
        </button>
      ) : page ? null : (
        <p class="marking-toggle__hint">{t('markingToggleNoPage')}</p>
      )}
      {saveProblem && (
        <p class="marking-toggle__hint" role="alert">
          {saveProblem}
        </p>
      )}
    </fieldset>
  );
}
