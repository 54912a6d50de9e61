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

export function isRtl(lang: UiLanguage): boolean {
  return lang === 'ar';
}

/** The data language that matches a UI language (data uses bare "zh"). */
export function dataLanguageOf(lang: UiLanguage): DataLanguage {
  return lang === 'zh-CN' ? 'zh' : lang;
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
