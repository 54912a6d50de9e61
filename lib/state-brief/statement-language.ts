import { DATA_LANGUAGES, type DataLanguage } from '@/lib/data/schema';
import { dataLanguageOf, type UiLanguage } from '@/lib/i18n/languages';

/**
 * The language of a statement paragraph: the one chosen in the options, else the page's when it
 * is a UN language (`lang="fr-CH"` → French, `zh-Hans` → Chinese), else the interface's.
 */
export function statementLanguageFor(setting: 'page' | DataLanguage, pageLang: string | null | undefined, uiLang: UiLanguage): DataLanguage {
  if (setting !== 'page') return setting;
  const primary = (pageLang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return DATA_LANGUAGES.find((lang) => lang === primary) ?? dataLanguageOf(uiLang);
}
