import { useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { NETWORK_LABEL } from '@/lib/i18n/network-labels';
import { MAIL_LABEL } from '@/lib/i18n/mail-labels';
import { SenderFields } from '@/components/letters/SenderFields';
import { ExtraSitesSettings } from '@/components/marking/ExtraSitesSettings';
import { ShortcutSettings } from './ShortcutSettings';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { ReaderOptions } from '@/components/reader/ReaderOptions';
import { ExternalLink } from '@/components/ui/ExternalLink';
import { PartProblem } from '@/components/ui/PartProblem';
import { SettingsProvider, useSettings } from '@/components/ui/SettingsContext';
import { UiLanguageProvider } from '@/components/ui/UiLanguageProvider';
import { buttonClass } from '@/components/ui/Button';
import { describedBy, Field, SelectField } from '@/components/ui/Field';
import { dataLanguageOptions, uiLanguageOptions } from '@/components/ui/language-options';
import { networksInOrder } from '@/lib/network-order';
import { MAIL_PROVIDERS, type Settings } from '@/lib/settings';
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
          <SelectField
            id="opt-ui-language"
            label={t('optionsUiLanguage')}
            value={settings.uiLanguage}
            options={[{ value: 'auto', label: t('optionsUiAuto') }, ...uiLanguageOptions()]}
            onChange={(uiLanguage) => void save({ uiLanguage })}
          />
          <SelectField
            id="opt-letter-language"
            label={t('letterLanguageLabel')}
            value={settings.letterLanguage}
            options={[{ value: 'auto', label: t('optionsLetterAuto') }, ...dataLanguageOptions()]}
            onChange={(letterLanguage) => void save({ letterLanguage })}
          />
          <SelectField
            id="opt-statement-language"
            label={t('optionsStatementLanguage')}
            hint={t('optionsStatementLanguageHint')}
            value={settings.statementLanguage}
            options={[{ value: 'page', label: t('optionsStatementPage') }, ...dataLanguageOptions()]}
            onChange={(statementLanguage) => void save({ statementLanguage })}
          />
        </section>

        <section class="options__section" aria-labelledby="opt-sharing">
          <h2 id="opt-sharing" class="section-title">
            {t('optionsSharingSection')}
          </h2>
          <SelectField
            id="opt-mail"
            label={t('optionsMail')}
            value={settings.defaultMailProvider}
            options={MAIL_PROVIDERS.map((provider) => ({ value: provider, label: t(MAIL_LABEL[provider]) }))}
            onChange={(defaultMailProvider) => void save({ defaultMailProvider })}
          />
          <SelectField
            id="opt-network"
            label={t('optionsNetwork')}
            value={settings.defaultNetwork}
            options={networksInOrder(lang).map((network) => ({ value: network, label: t(NETWORK_LABEL[network]) }))}
            onChange={(defaultNetwork) => void save({ defaultNetwork })}
          />
          <Field
            id="opt-mastodon"
            label={t('optionsMastodon')}
            hint={t('optionsMastodonHint')}
            error={mastodonError && t('composeMastodonInvalid')}
          >
            <input
              id="opt-mastodon"
              type="text"
              inputMode="url"
              dir="ltr"
              autoComplete="off"
              spellcheck={false}
              value={mastodon}
              aria-invalid={mastodonError ? 'true' : undefined}
              aria-describedby={describedBy('opt-mastodon', { hint: true, error: mastodonError })}
              onInput={(event) => setMastodon(event.currentTarget.value)}
              onChange={saveMastodon}
            />
          </Field>
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
          <ExternalLink href="/dashboard.html" class={buttonClass()}>
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
