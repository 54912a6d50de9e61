import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translatorFor, type Translate, type UiLanguage, isRtl } from '@/lib/i18n';

export interface I18n {
  lang: UiLanguage;
  t: Translate;
  dir: 'ltr' | 'rtl';
}

export function i18nFor(lang: UiLanguage): I18n {
  return { lang, t: translatorFor(lang), dir: isRtl(lang) ? 'rtl' : 'ltr' };
}

const I18nContext = createContext<I18n>(i18nFor('en'));
export const I18nProvider = I18nContext.Provider;

export function useI18n(): I18n {
  return useContext(I18nContext);
}
