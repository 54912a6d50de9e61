import { useI18n } from '@/components/I18nContext';
import { directionOf, LANGUAGE_NATIVE_NAMES, UI_LANGUAGES, isUiLanguage } from '@/lib/i18n';
import { useSettings } from './SettingsContext';

/** A compact select of the six UI languages, each written in itself; the choice is kept in settings. */
export function LanguageSwitch({ id = 'ui-language' }: { id?: string }) {
  const { lang, t } = useI18n();
  const { update } = useSettings();
  return (
    <div class="language-switch">
      <label for={id} class="language-switch__label">
        <GlobeIcon />
        <span class="sr-only">{t('language')}</span>
      </label>
      <select
        id={id}
        value={lang}
        onChange={(event) => {
          const value = event.currentTarget.value;
          // A failed save is said at the top of the page.
          if (isUiLanguage(value)) void update({ uiLanguage: value }).catch(() => undefined);
        }}
      >
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code} dir={directionOf(code)}>
            {LANGUAGE_NATIVE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}

function GlobeIcon() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2">
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
    </svg>
  );
}
