import { useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { NETWORK_LABEL } from '@/components/compose/network-labels';
import { isDataLanguage, LetterLanguageOptions } from '@/components/letters/LetterLanguageSelect';
import { MAIL_LABEL } from '@/components/letters/mail-labels';
import { SenderFields } from '@/components/letters/SenderFields';
import { ExtraSitesSettings } from '@/components/marking/ExtraSitesSettings';
import { ShortcutSettings } from './ShortcutSettings';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { ReaderOptions } from '@/components/reader/ReaderOptions';
import { ExternalLink } from '@/components/ui/ExternalLink';
import { PartProblem } from '@/components/ui/PartProblem';
import { SettingsProvider, useSettings } from '@/components/ui/SettingsContext';
import { UiLanguageProvider } from '@/components/ui/UiLanguageProvider';
import { isUiLanguage, LANGUAGE_NATIVE_NAMES, UI_LANGUAGES } from '@/lib/i18n';
import { networksInOrder } from '@/lib/network-order';
import { MAIL_PROVIDERS, SOCIAL_NETWORKS, type Settings } from '@/lib/settings';
import { normalizeMastodonInstance } from '@/lib/share/networks';
import { AddressesSection } from './AddressesSection';
import { SavedNotice, useSavedNotice } from './SavedNotice';

export function OptionsApp() {
  return (
    <SettingsProvider>
      <UiLanguageProvider>
        <ErrorBoundary fallback={(error, retry) => <PartProblem error={error} retry={retry} />}>
          <OptionsPage />
        </ErrorBoundary>
      </UiLanguageProvider>
    </SettingsProvider>
  );
}

function OptionsPage() {
  const { t, lang } = useI18n();
  const { settings, update } = useSettings();
  const [saved, notifySaved] = useSavedNotice();
  const [sender, setSender] = useState(settings.sender);
  const [mastodon, setMastodon] = useState(settings.mastodonInstance);
  const [mastodonError, setMastodonError] = useState(false);

  const save = async (patch: Partial<Settings>) => {
    try {
      await update(patch);
      notifySaved();
    } catch {
      // The page says at the top that the change was not saved (SettingsProblemNotice).
    }
  };

  const saveMastodon = () => {
    const value = mastodon.trim();
    const host = value === '' ? '' : normalizeMastodonInstance(value);
    setMastodonError(host === null);
    if (host !== null) {
      setMastodon(host);
      void save({ mastodonInstance: host });
    }
  };

  return (
    <div class="app options">
      <header class="app-header">
        <div class="brand">
          <span class="brand__mark" aria-hidden="true">#</span>
          <span class="brand__text">
            <span class="brand__name">{t('appName')}</span>
            <span class="brand__tagline">{t('popupTagline')}</span>
          </span>
        </div>
      </header>
      <main class="app-main options__main">
        <h1 class="view__title">{t('optionsHeading')}</h1>
        <p class="view__lead">{t('optionsIntro')}</p>

        <section class="options__section" aria-labelledby="opt-lang">
          <h2 id="opt-lang" class="section-title">
            {t('optionsLanguageSection')}
          </h2>
          <div class="field">
            <label for="opt-ui-language" class="field__label">
              {t('optionsUiLanguage')}
            </label>
            <select
              id="opt-ui-language"
              value={settings.uiLanguage}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (value === 'auto' || isUiLanguage(value)) void save({ uiLanguage: value });
              }}
            >
              <option value="auto">{t('optionsUiAuto')}</option>
              {UI_LANGUAGES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {LANGUAGE_NATIVE_NAMES[code]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="opt-letter-language" class="field__label">
              {t('letterLanguageLabel')}
            </label>
            <select
              id="opt-letter-language"
              value={settings.letterLanguage}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (value === 'auto' || isDataLanguage(value)) void save({ letterLanguage: value });
              }}
            >
              <option value="auto">{t('optionsLetterAuto')}</option>
              <LetterLanguageOptions />
            </select>
          </div>
          <div class="field">
            <label for="opt-statement-language" class="field__label">
              {t('optionsStatementLanguage')}
            </label>
            <p id="opt-statement-language-hint" class="field__hint">
              {t('optionsStatementLanguageHint')}
            </p>
            <select
              id="opt-statement-language"
              value={settings.statementLanguage}
              aria-describedby="opt-statement-language-hint"
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (value === 'page' || isDataLanguage(value)) void save({ statementLanguage: value });
              }}
            >
              <option value="page">{t('optionsStatementPage')}</option>
              <LetterLanguageOptions />
            </select>
          </div>
        </section>

        <section class="options__section" aria-labelledby="opt-sharing">
          <h2 id="opt-sharing" class="section-title">
            {t('optionsSharingSection')}
          </h2>
          <div class="field">
            <label for="opt-mail" class="field__label">
              {t('optionsMail')}
            </label>
            <select
              id="opt-mail"
              value={settings.defaultMailProvider}
              onChange={(event) => {
                const value = MAIL_PROVIDERS.find((p) => p === event.currentTarget.value);
                if (value) void save({ defaultMailProvider: value });
              }}
            >
              {MAIL_PROVIDERS.map((provider) => (
                <option key={provider} value={provider}>
                  {t(MAIL_LABEL[provider])}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="opt-network" class="field__label">
              {t('optionsNetwork')}
            </label>
            <select
              id="opt-network"
              value={settings.defaultNetwork}
              onChange={(event) => {
                const value = SOCIAL_NETWORKS.find((n) => n === event.currentTarget.value);
                if (value) void save({ defaultNetwork: value });
              }}
            >
              {networksInOrder(lang).map((network) => (
                <option key={network} value={network}>
                  {t(NETWORK_LABEL[network])}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="opt-mastodon" class="field__label">
              {t('optionsMastodon')}
            </label>
            <p id="opt-mastodon-hint" class="field__hint">
              {t('optionsMastodonHint')}
            </p>
            <input
              id="opt-mastodon"
              type="text"
              inputMode="url"
              dir="ltr"
              autoComplete="off"
              spellcheck={false}
              value={mastodon}
              aria-invalid={mastodonError ? 'true' : undefined}
              aria-describedby={mastodonError ? 'opt-mastodon-hint opt-mastodon-error' : 'opt-mastodon-hint'}
              onInput={(event) => setMastodon(event.currentTarget.value)}
              onChange={saveMastodon}
            />
            <p id="opt-mastodon-error" class="field__error" hidden={!mastodonError}>
              {t('composeMastodonInvalid')}
            </p>
          </div>
        </section>

        <section class="options__section" aria-labelledby="opt-sender">
          <h2 id="opt-sender" class="section-title">
            {t('optionsSenderSection')}
          </h2>
          <SenderFields
            idPrefix="opt-sender"
            legendHidden
            value={sender}
            onInput={setSender}
            onSaved={notifySaved}
          />
        </section>

        <ErrorBoundary fallback={(error, retry) => <PartProblem error={error} retry={retry} />}>
          <AddressesSection onSaved={notifySaved} />
        </ErrorBoundary>

        <section class="options__section" aria-labelledby="opt-marking">
          <h2 id="opt-marking" class="section-title">
            {t('optionsMarkingSection')}
          </h2>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={settings.marking.enabled}
              aria-describedby="opt-marking-hint"
              onChange={(event) => void save({ marking: { ...settings.marking, enabled: event.currentTarget.checked } })}
            />
            <span>{t('optionsMarking')}</span>
          </label>
          <p id="opt-marking-hint" class="field__hint">
            {t('optionsMarkingHint')}
          </p>
          <fieldset class="field options__mark-states" disabled={!settings.marking.enabled}>
            <legend class="field__label">{t('optionsMarkStates')}</legend>
            {(['all', 'linked'] as const).map((value) => (
              <label key={value} class="choice">
                <input
                  type="radio"
                  name="opt-mark-states"
                  value={value}
                  checked={settings.markStates === value}
                  onChange={() => void save({ markStates: value })}
                />
                <span>{t(value === 'all' ? 'optionsMarkStatesAll' : 'optionsMarkStatesLinked')}</span>
              </label>
            ))}
          </fieldset>
          <div class="options__extra-sites">
            <ExtraSitesSettings />
          </div>
          <ShortcutSettings />
        </section>

        <ReaderOptions save={save} />

        <p class="options__dashboard">
          <ExternalLink href="/dashboard.html" class="button">
            {t('optionsDashboard')}
          </ExternalLink>
        </p>
      </main>
      <div class="saved-dock">
        <SavedNotice message={saved ? t('optionsSaved') : ''} />
      </div>
    </div>
  );
}
