import type { z } from 'zod';
import { ar, en, es, fr, ru, zhCN } from 'zod/v4/locales';
import type { UiLanguage } from '@/lib/i18n';

const LOCALES: Record<UiLanguage, () => { localeError: z.core.$ZodErrorMap }> = { en, 'zh-CN': zhCN, fr, es, ru, ar };

/** zod's own translations of its validation messages, so an import problem reads in the UI language. */
export function zodErrorMap(lang: UiLanguage): z.core.$ZodErrorMap {
  return LOCALES[lang]().localeError;
}
