import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { i18nFor, I18nProvider } from '@/components/I18nContext';
import { resolveUiLanguage } from '@/lib/ui-language';
import { useSettings } from './SettingsContext';
import { SettingsProblemNotice } from './SettingsProblemNotice';

/**
 * Provides the UI language from the settings and mirrors it on <html lang dir> for the whole page;
 * above the page, says when the settings could not be read or saved.
 */
export function UiLanguageProvider({ children, title }: { children: ComponentChildren; title?: string }) {
  const { settings } = useSettings();
  const lang = resolveUiLanguage(settings.uiLanguage);
  const i18n = useMemo(() => i18nFor(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = i18n.dir;
    if (title) document.title = title;
  }, [lang, i18n.dir, title]);
  return (
    <I18nProvider value={i18n}>
      <SettingsProblemNotice />
      {children}
    </I18nProvider>
  );
}
