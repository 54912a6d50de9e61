import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { isRtl, type UiLanguage } from '@/lib/i18n/languages';
import { pageTranslatorFor, type PageTranslate } from '@/lib/i18n/page';

/** The UI language of the card and panel on UN pages, with only their own strings (lib/i18n/page.ts, loaded first). */
export interface PageI18n {
  lang: UiLanguage;
  t: PageTranslate;
  dir: 'ltr' | 'rtl';
}

export function pageI18nFor(lang: UiLanguage): PageI18n {
  return { lang, t: pageTranslatorFor(lang), dir: isRtl(lang) ? 'rtl' : 'ltr' };
}

const PageI18nContext = createContext<PageI18n | null>(null);
export const PageI18nProvider = PageI18nContext.Provider;

export function usePageI18n(): PageI18n {
  const i18n = useContext(PageI18nContext);
  if (!i18n) throw new Error('usePageI18n outside a PageI18nProvider');
  return i18n;
}
