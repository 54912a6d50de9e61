import type { DataLanguage } from '@/lib/data/schema';

/** Languages the interface speaks: the six UN languages (the campaign page is zh and en). */
export const UI_LANGUAGES = ['en', 'zh-CN', 'fr', 'es', 'ru', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const LANGUAGE_NATIVE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  'zh-CN': '中文',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
  ar: 'العربية',
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** Languages written right to left, among the interface and data languages. */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set<UiLanguage | DataLanguage>(['ar']);

/** The writing direction of an interface or data language, for `dir` attributes and layout. */
export function directionOf(lang: UiLanguage | DataLanguage): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr';
}

export function isRtl(lang: UiLanguage | DataLanguage): boolean {
  return directionOf(lang) === 'rtl';
}

/** The data language that matches a UI language (data uses bare "zh"). */
export function dataLanguageOf(lang: UiLanguage): DataLanguage {
  return lang === 'zh-CN' ? 'zh' : lang;
}

/** The UI language that matches a data language, e.g. to name it in itself. */
export function uiLanguageOfData(lang: DataLanguage): UiLanguage {
  return lang === 'zh' ? 'zh-CN' : lang;
}

/**
 * First supported language among the browser's preferences ("zh-TW" and "zh-Hans" read as
 * zh-CN because it is the only Chinese we ship), else English.
 */
export function pickUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'zh') return 'zh-CN';
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}
