import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18nContext';
import { extraSiteOrigins, siteOfPattern, sitePattern } from '@/lib/marking/extra-sites';

async function grantedExtraSites(): Promise<string[]> {
  return extraSiteOrigins((await browser.permissions.getAll()).origins ?? []);
}

/**
 * Lets the user add sites beyond the UN's where State names are marked. Each site is an optional
 * host permission the browser asks about; the background registers the content script for the
 * granted ones (lib/platform/background/marking-extra-sites.ts).
 */
export function ExtraSitesSettings() {
  const { t } = useI18n();
  const [sites, setSites] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const supported = typeof browser.permissions?.request === 'function';

  const refresh = () => void grantedExtraSites().then(setSites);
  useEffect(refresh, []);

  function add(event: Event): void {
    event.preventDefault();
    const pattern = sitePattern(input);
    if (!pattern) {
      setMessage(t('extraSitesInvalid'));
      return;
    }
    // permissions.request must run in the click's own task (a user gesture): no await before it.
    void browser.permissions.request({ origins: [pattern] }).then(
      (granted) => {
        setMessage(granted ? null : t('extraSitesDenied', { site: siteOfPattern(pattern) }));
        if (granted) setInput('');
        refresh();
      },
      () => setMessage(t('extraSitesDenied', { site: siteOfPattern(pattern) })),
    );
  }

  function remove(pattern: string): void {
    void browser.permissions.remove({ origins: [pattern] }).then(refresh, refresh);
  }

  return (
    <section class="extra-sites" aria-labelledby="er-extra-sites-heading">
      <h2 id="er-extra-sites-heading">{t('extraSitesHeading')}</h2>
      <p>{t('extraSitesIntro')}</p>
      {!supported ? (
        <p class="field__hint">{t('extraSitesUnsupported')}</p>
      ) : (
        <form onSubmit={add}>
          <label for="er-extra-site-input" class="field__label">{t('extraSitesInput')}</label>
          <input
            id="er-extra-site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            dir="ltr"
            placeholder={t('extraSitesPlaceholder')}
            value={input}
            aria-describedby={message ? 'er-extra-site-message' : undefined}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t('extraSitesAdd')}
          </button>
        </form>
      )}
      {message && (
        <p id="er-extra-site-message" role="alert" class="field__error">
          {message}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="field__hint">{t('extraSitesNone')}</p>
      ) : (
        <ul class="extra-sites__list">
          {sites.map((pattern) => (
            <li key={pattern}>
              <span dir="ltr">{siteOfPattern(pattern)}</span>{' '}
              <button type="button" class="button button--small" onClick={() => remove(pattern)}>
                {t('extraSitesRemove', { site: siteOfPattern(pattern) })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
