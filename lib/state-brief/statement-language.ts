import type { DataLanguage } from '@/lib/data/schema';
import { dataLanguageOf, type UiLanguage } from '@/lib/i18n/languages';

/**
 * The language of a statement paragraph: the one chosen in the options, else the page's when it
 * is a UN language (`lang="fr-CH"` → French, `zh-Hans` → Chinese), else the interface's.
 */
export function statementLanguageFor(setting: 'page' | DataLanguage, pageLang: string | null | undefined, uiLang: UiLanguage): DataLanguage {
  if (setting !== 'page') return setting;
  const primary = (pageLang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  // The six UN languages, listed here: lib/data/schema.ts would bring the schema library into the page.
  const un: readonly DataLanguage[] = ['en', 'zh', 'fr', 'es', 'ru', 'ar'];
  return un.find((lang) => lang === primary) ?? dataLanguageOf(uiLang);
}
