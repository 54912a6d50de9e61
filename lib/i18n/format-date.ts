import type { UiLanguage } from '@/lib/i18n';
import { formatPartialDate } from '@/lib/partial-date';

// British English writes "21 November 2016", as the campaign's English texts do.
const LOCALE: Record<UiLanguage, string> = { en: 'en-GB', 'zh-CN': 'zh-CN', fr: 'fr', es: 'es', ru: 'ru', ar: 'ar' };

export function formatDate(date: string, lang: UiLanguage): string {
  return formatPartialDate(date, LOCALE[lang]);
}
