import type { DataLanguage } from '@/lib/data/schema';
import { dataLanguageOf, pickUiLanguage, type UiLanguage } from '@/lib/i18n/languages';
import type { Settings } from '@/lib/settings';

/** The UI language to show: the user's choice, or the browser's preferences when it is 'auto'. */
export function resolveUiLanguage(
  choice: Settings['uiLanguage'],
  browserLanguages: readonly string[] = globalThis.navigator?.languages ?? [],
): UiLanguage {
  return choice === 'auto' ? pickUiLanguage(browserLanguages) : choice;
}

/** The language letters are written in: the user's choice, else the UI's own language. */
export function resolveLetterLanguage(choice: Settings['letterLanguage'], uiLanguage: UiLanguage): DataLanguage {
  return choice === 'auto' ? dataLanguageOf(uiLanguage) : choice;
}

/** BCP 47 tag of a data language, for `lang` attributes and Intl ("zh" is written in simplified script). */
export function langTagOf(lang: DataLanguage): string {
  return lang === 'zh' ? 'zh-CN' : lang;
}
